import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapLimit } from "./concurrency";
import { batchSkus, joinResourceUrl, resourceName } from "./resource-url";
import { createTtlCache } from "./ttl-cache";

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

describe("batchSkus", () => {
  it("puts a short list in one batch, deduplicated", () => {
    expect(batchSkus(["A", "B", "A", "C"])).toEqual([["A", "B", "C"]]);
  });

  it("splits long lists by count and by length, keeping every SKU once", () => {
    const skus = Array.from({ length: 120 }, (_, i) => `SKU-${i}`);
    const batches = batchSkus(skus, 50);
    expect(batches.map((b) => b.length)).toEqual([50, 50, 20]);
    expect(batches.flat()).toEqual(skus);
    const long = Array.from({ length: 10 }, (_, i) => `${"x".repeat(400)}${i}`);
    for (const b of batchSkus(long)) expect(b.join(",").length).toBeLessThanOrEqual(1500);
  });

  it("leaves out SKUs that a comma-separated filter cannot express", () => {
    expect(batchSkus(["A,B", "C", ""])).toEqual([["C"]]);
  });

  it("never loses or invents a SKU", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 80 }), { maxLength: 200 }), (skus) => {
        const expected = [...new Set(skus.filter((s) => s && !s.includes(",")))];
        expect(batchSkus(skus).flat()).toEqual(expected);
      }),
    );
  });
});

describe("mapLimit", () => {
  it("keeps order and never runs more than the limit at once", async () => {
    let running = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return n * 2;
    });
    expect(out).toEqual([10, 2, 8, 4, 6, 0, 12]);
    expect(peak).toBe(3);
  });
});

describe("createTtlCache", () => {
  it("shares one load between concurrent callers and forgets failures", async () => {
    const cache = createTtlCache<number>({ ttlMs: 60_000 });
    let loads = 0;
    const load = async () => ++loads;
    const [a, b] = await Promise.all([cache.get("k", load), cache.get("k", load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    await expect(cache.get("x", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get("x", load)).toBe(2);
  });
});
