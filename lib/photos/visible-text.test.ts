import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { likeness, visibleParts, visibleText } from "./visible-text";

describe("visible text", () => {
  it("writes out a right-to-left override instead of letting it reorder the text", () => {
    expect(visibleText("SKU-\u202Egpj.exe")).toBe("SKU-\\u202Egpj.exe");
    expect(visibleParts("SKU-\u202Egpj.exe")).toEqual([
      { text: "SKU-", marked: false },
      { text: "\\u202E", marked: true },
      { text: "gpj.exe", marked: false },
    ]);
  });

  it("writes out NUL, zero-width and odd spaces, and marks spaces at the ends or doubled", () => {
    expect(visibleText("A\u0000B")).toBe("A\\u0000B");
    expect(visibleText("SKU\u200B1")).toBe("SKU\\u200B1");
    expect(visibleText("SKU\u00A01")).toBe("SKU\\u00A01");
    expect(visibleText(" SKU-1  x ")).toBe("␣SKU-1␣␣x␣");
    expect(visibleText("lone \uD800 surrogate")).toBe("lone \\uD800 surrogate");
  });

  it("leaves ordinary text, other scripts and emoji alone", () => {
    for (const plain of ["SKU-001", "ü名 Å", "שלום", "📦 box", "a b"]) {
      expect(visibleText(plain)).toBe(plain);
      expect(visibleParts(plain).some((p) => p.marked)).toBe(false);
    }
  });

  it("shows nothing invisible, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const shown = visibleText(s);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: none may be left
        expect(shown).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        expect(shown.startsWith(" ") || shown.endsWith(" ")).toBe(false);
      }),
    );
  });

  it("names that differ only in spaces or hidden characters look alike", () => {
    expect(likeness(" SKU-1 ")).toBe(likeness("SKU-1"));
    expect(likeness("SKU\u200B-1")).toBe("SKU-1");
    expect(likeness("SKU-1")).not.toBe(likeness("SKU-2"));
  });
});
