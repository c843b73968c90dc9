import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/shipments/1RT823V93?sku=SKU-001&photo=x", "/shipments/1RT823V93?sku=SKU-001&photo=x"],
    ["/", "/"],
  ])("keeps the path %j", (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http:/evil.example",
    "/\tevil",
    "",
    undefined,
    42,
  ])("falls back to / for %j", (input) => expect(safeCallbackUrl(input)).toBe("/"));

  it("never leaves this site, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = safeCallbackUrl(s);
        expect(out.startsWith("/")).toBe(true);
        expect(new URL(out, "https://app.example").origin).toBe("https://app.example");
      }),
    );
  });
});
