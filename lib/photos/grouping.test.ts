import { describe, expect, it } from "vitest";
import { groupPhotos, orderedPhotos, summarize } from "@/lib/photos/grouping";
import { photo } from "@/tests/photos";

const S = "1RT823V93";

describe("groupPhotos", () => {
  it("groups by SKU, then reason, then discrepancy, with counts", () => {
    const photos = [
      photo(`${S}|SKU-2|DAMAGED|d3`),
      photo(`${S}|SKU-1|WRONG_ITEM|d2`),
      photo(`${S}|SKU-1|DAMAGED|d1`),
      photo(`${S}|SKU-1|DAMAGED|d1`),
      photo(`${S}|SKU-1|DAMAGED|d9`),
    ];
    const groups = groupPhotos(photos);
    expect(groups.skus.map((s) => [s.sku, s.count])).toEqual([
      ["SKU-1", 4],
      ["SKU-2", 1],
    ]);
    const sku1 = groups.skus[0]!;
    expect(sku1.reasons.map((r) => [r.reasonCode, r.count])).toEqual([
      ["DAMAGED", 3],
      ["WRONG_ITEM", 1],
    ]);
    expect(sku1.reasons[0]!.discrepancies.map((d) => [d.discrepancyId, d.photos.length])).toEqual([
      ["d1", 2],
      ["d9", 1],
    ]);
    expect(groups.unrecognised).toEqual([]);
  });

  it("puts photos without a four-part key in their own group, never dropping them", () => {
    const odd = [photo(`${S}|SKU-2`), photo(S)];
    const groups = groupPhotos([photo(`${S}|SKU-1|DAMAGED|d1`), ...odd]);
    expect(groups.unrecognised).toHaveLength(2);
    expect(orderedPhotos(groups)).toHaveLength(3);
  });

  it("orders photos SKU → reason → discrepancy, oldest first, unrecognised last", () => {
    const a = photo(`${S}|B|DAMAGED|d1`, { created_at: 5 });
    const b = photo(`${S}|A|DAMAGED|d1`, { created_at: 9 });
    const c = photo(`${S}|A|DAMAGED|d1`, { created_at: 1 });
    const u = photo(`${S}|A`, { created_at: 0 });
    expect(orderedPhotos(groupPhotos([a, u, b, c])).map((p) => p.file_id)).toEqual([c, b, a, u].map((p) => p.file_id));
  });
});

describe("look-alike SKUs", () => {
  it("marks SKUs that differ only in spaces or hidden characters, and no others", () => {
    const groups = groupPhotos([
      photo(`${S}|SKU-1|DAMAGED|d1`),
      photo(`${S}| SKU-1 |DAMAGED|d2`),
      photo(`${S}|SKU\u200B-1|DAMAGED|d3`),
      photo(`${S}|SKU-2|DAMAGED|d4`),
    ]);
    expect(groups.skus.map((s) => [s.sku, s.lookalike])).toEqual([
      [" SKU-1 ", true],
      ["SKU-1", true],
      ["SKU-2", false],
      ["SKU\u200B-1", true],
    ]);
  });
});

describe("summarize", () => {
  it("counts photos, SKUs, discrepancies, pending and failed", () => {
    const photos = [
      photo(`${S}|SKU-1|DAMAGED|d1`),
      photo(`${S}|SKU-1|DAMAGED|d1`, { status: "processing" }),
      photo(`${S}|SKU-1|WRONG_ITEM|d1`, { status: "uploading" }),
      photo(`${S}|SKU-2|DAMAGED|d1`, { status: "uploaded" }),
      photo(`${S}|SKU-2|DAMAGED|d2`, { status: "failed" }),
      photo(`${S}|SKU-3`),
    ];
    // d1 under two reasons of SKU-1 and under SKU-2 are different discrepancies.
    expect(summarize(photos)).toEqual({ total: 6, skus: 2, discrepancies: 4, pending: 3, failed: 1 });
  });
});
