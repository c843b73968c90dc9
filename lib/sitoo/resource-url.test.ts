import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinResourceUrl, resourceName } from "./resource-url";

describe("joinResourceUrl", () => {
  it.each([
    ["https://img.example/res/", "a.jpg", "https://img.example/res/a.jpg"],
    ["https://img.example/res", "a.jpg", "https://img.example/res/a.jpg"],
    ["https://img.example/res/", "/a.jpg", "https://img.example/res/a.jpg"],
    ["https://img.example/", "SKU-001 side (2).jpg", "https://img.example/SKU-001%20side%20(2).jpg"],
    ["https://img.example/", "napkins #1 100%.jpg", "https://img.example/napkins%20%231%20100%25.jpg"],
    ["https://img.example/", "oak board/top view.jpg", "https://img.example/oak%20board/top%20view.jpg"],
    ["https://img.example/", "Spec sheet – x?.pdf", "https://img.example/Spec%20sheet%20%E2%80%93%20x%3F.pdf"],
    ["https://img.example/r/", "../../etc/passwd", "https://img.example/r/%2E%2E/%2E%2E/etc/passwd"],
  ])("joins %s and %j", (base, id, expected) => {
    expect(joinResourceUrl(base, id)).toBe(expected);
  });

  it("always stays under the base, whatever the resourceid", () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const url = new URL(joinResourceUrl("https://img.example/res/", id));
        expect(url.origin).toBe("https://img.example");
        expect(url.pathname.startsWith("/res/")).toBe(true);
        expect(url.search).toBe("");
        expect(url.hash).toBe("");
      }),
    );
  });

  it("names a resource by its last segment", () => {
    expect(resourceName("oak board/top view.jpg")).toBe("top view.jpg");
  });
});
