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
    "/.//evil.example",
    "/x/..//evil.example",
    "/%2e%2e//evil.example",
    "/%2E%2E//evil.example/path?q=1",
    "/./\\evil.example",
    "",
    undefined,
    42,
  ])("falls back to / for %j", (input) => expect(safeCallbackUrl(input)).toBe("/"));

  it("never answers a path a browser reads as another site, for paths built to normalise into one", () => {
    const segment = fc.constantFrom(".", "..", "%2e", "%2E%2e", "x", "", "\\", "%2f");
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 6 }),
        fc.constantFrom("evil.example", "/evil.example"),
        (parts, host) => {
          const out = safeCallbackUrl(`/${parts.join("/")}//${host}`);
          expect(out.startsWith("//") || out.startsWith("/\\")).toBe(false);
          expect(new URL(out, "https://app.example").origin).toBe("https://app.example");
        },
      ),
    );
  });

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
