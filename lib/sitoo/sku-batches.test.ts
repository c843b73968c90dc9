import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchSkus } from "./sku-batches";

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
