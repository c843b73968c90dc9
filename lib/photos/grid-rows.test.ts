import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardColumns, estimateRowHeight, reachableDiscrepancies, rowOfDiscrepancy, toGridRows } from "./grid-rows";

describe("cardColumns", () => {
  it("gives what CSS auto-fill gives for 15rem cards with a 12 px gap", () => {
    expect(cardColumns(200)).toBe(1);
    expect(cardColumns(240)).toBe(1);
    expect(cardColumns(491)).toBe(1);
    expect(cardColumns(492)).toBe(2);
    expect(cardColumns(1004)).toBe(4);
  });
});

const disc = (id: string, photos: number[]) => ({ discrepancyId: id, photos });
const groups = {
  skus: [
    {
      sku: "SKU-1",
      count: 6,
      reasons: [
        { reasonCode: "DAMAGED", count: 5, discrepancies: [disc("d1", [1, 2, 3]), disc("d2", [4, 5])] },
        { reasonCode: "SHORTAGE", count: 1, discrepancies: [disc("d3", [6])] },
      ],
    },
    { sku: "SKU-2", count: 1, reasons: [{ reasonCode: "DAMAGED", count: 1, discrepancies: [disc("d4", [7])] }] },
  ],
  unrecognised: [9],
};

describe("toGridRows", () => {
  it("puts each SKU's heading first, then its cards in rows of the column count", () => {
    const rows = toGridRows(groups, 2);
    expect(rows.map((r) => r.kind)).toEqual(["sku", "cards", "cards", "sku", "cards", "unrecognised"]);
    const cards = rows.flatMap((r) => (r.kind === "cards" ? [r.cards.map((c) => c.discrepancyId)] : []));
    expect(cards).toEqual([["d1", "d2"], ["d3"], ["d4"]]);
  });

  it("with no column limit, puts each SKU's cards in one row (the grid CSS flows)", () => {
    const rows = toGridRows(groups, Number.POSITIVE_INFINITY);
    expect(rows.map((r) => r.kind)).toEqual(["sku", "cards", "sku", "cards", "unrecognised"]);
  });

  it("counts photos before each card, skipping folded SKUs, and numbers every discrepancy", () => {
    const rows = toGridRows(groups, 3, new Set(["SKU-1"]));
    expect(rows.map((r) => r.kind)).toEqual(["sku", "sku", "cards", "unrecognised"]);
    const d4 = rows.find((r) => r.kind === "cards");
    expect(d4?.kind === "cards" && d4.cards[0]).toMatchObject({ discrepancyId: "d4", index: 3, firstPhoto: 0 });
    expect(rows.at(-1)).toMatchObject({ kind: "unrecognised", index: 4 });
    expect(reachableDiscrepancies(rows)).toEqual([3, 4]);
    expect(rowOfDiscrepancy(rows, 0)).toBe(-1);
  });

  it("keeps every discrepancy exactly once, in order, with unique keys, for any column count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.subarray(["SKU-1", "SKU-2"]), (columns, folded) => {
        const rows = toGridRows(groups, columns, new Set(folded));
        const ids = rows.flatMap((r) => (r.kind === "cards" ? r.cards.map((c) => c.discrepancyId) : []));
        const expected = ["d1", "d2", "d3", "d4"].filter((id) => !folded.includes(id === "d4" ? "SKU-2" : "SKU-1"));
        expect(ids).toEqual(expected);
        expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
        for (const r of rows) if (r.kind === "cards") expect(r.cards.length).toBeLessThanOrEqual(columns);
        // j / k reach every discrepancy that is not folded away, each in the row that holds it.
        const reachable = reachableDiscrepancies(rows);
        expect(reachable).toHaveLength(ids.length + 1);
        for (const i of reachable) {
          const row = rows[rowOfDiscrepancy(rows, i)];
          if (row?.kind === "cards") expect(row.cards.some((c) => c.index === i)).toBe(true);
          else expect(row?.kind).toBe("unrecognised");
        }
      }),
    );
  });
});

describe("estimateRowHeight", () => {
  it("grows with a card's rows of thumbnails and with the decision", () => {
    const rows = toGridRows(groups, 2);
    const first = rows[1]!;
    const narrow = estimateRowHeight(first, 492, 2, 0);
    expect(estimateRowHeight(first, 492, 2, 90)).toBe(narrow + 90);
    // Three photos in a 240 px card: two rows of thumbnails; in a wide one, a single row.
    expect(estimateRowHeight(first, 2000, 2, 0)).toBeLessThan(narrow);
    expect(estimateRowHeight(rows[0]!, 492, 2, 0)).toBeGreaterThan(30);
  });
});
