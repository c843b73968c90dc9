import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnsFor, tileRowHeight, toGridRows } from "./grid-rows";

describe("columnsFor", () => {
  it("follows the breakpoint table at and around each boundary", () => {
    expect(columnsFor(390)).toBe(3);
    expect(columnsFor(639)).toBe(3);
    expect(columnsFor(640)).toBe(4);
    expect(columnsFor(820)).toBe(6);
    expect(columnsFor(1023)).toBe(6);
    expect(columnsFor(1440)).toBe(8);
  });

  it("a row of tiles is as tall as a tile is wide, plus the gap", () => {
    expect(tileRowHeight(8 * 100 + 7 * 8, 8)).toBe(108);
  });
});

describe("toGridRows", () => {
  const groups = {
    skus: [
      {
        sku: "SKU-1",
        count: 5,
        reasons: [
          { reasonCode: "DAMAGED", count: 5, discrepancies: [{ discrepancyId: "d1", photos: [1, 2, 3, 4, 5] }] },
        ],
      },
    ],
    unrecognised: [9],
  };

  it("puts each heading on its own row and splits photos by the column count", () => {
    const rows = toGridRows(groups, 3);
    expect(rows.map((r) => r.kind)).toEqual([
      "sku",
      "reason",
      "discrepancy",
      "tiles",
      "tiles",
      "unrecognised",
      "tiles",
    ]);
    expect(rows.filter((r) => r.kind === "tiles").map((r) => r.photos)).toEqual([[1, 2, 3], [4, 5], [9]]);
  });

  it("keeps every photo exactly once, in order, with unique keys, for any column count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (columns) => {
        const rows = toGridRows(groups, columns);
        const photos = rows.flatMap((r) => (r.kind === "tiles" ? r.photos : []));
        expect(photos).toEqual([1, 2, 3, 4, 5, 9]);
        expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
        for (const r of rows) if (r.kind === "tiles") expect(r.photos.length).toBeLessThanOrEqual(columns);
      }),
    );
  });
});
