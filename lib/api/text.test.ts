import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, findBrokenText, isBrokenText, REPLACEMENT } from "./text";

describe("broken text", () => {
  it("finds a NUL and lone surrogates, not paired ones", () => {
    expect(isBrokenText("BAD\u0000SKU")).toBe(true);
    expect(isBrokenText("a\uD800")).toBe(true);
    expect(isBrokenText("\uDC00b")).toBe(true);
    expect(isBrokenText("SKU-€日本😀")).toBe(false);
    expect(isBrokenText("")).toBe(false);
  });

  it("cleans Sitoo text into something PostgreSQL and JSON take, changing nothing else", () => {
    expect(cleanText("BAD\u0000SKU")).toBe(`BAD${REPLACEMENT}SKU`);
    expect(cleanText("x\uD83D")).toBe(`x${REPLACEMENT}`);
    expect(cleanText("ok😀")).toBe("ok😀");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const cleaned = cleanText(s);
        expect(isBrokenText(cleaned)).toBe(false);
        expect(cleaned.length).toBe(s.length);
        if (!isBrokenText(s)) expect(cleaned).toBe(s);
      }),
    );
  });

  it("names where a JSON body holds broken text", () => {
    expect(findBrokenText({ note: "fine", claim: { reference: "a\u0000" } })).toBe("body.claim.reference");
    expect(findBrokenText({ list: ["a", "\uDFFF"] })).toBe("body.list[1]");
    expect(findBrokenText({ "k\u0000": 1 })).toBe("body (a property name)");
    expect(findBrokenText({ note: "fine", n: 1, b: true, z: null })).toBeNull();
  });
});
