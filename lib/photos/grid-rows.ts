// The review grid's layout arithmetic, pure and shared: the grouped photos as a flat list of rows
// (a SKU's heading, then its discrepancy cards a row at a time), how many cards fit in a row, and
// how tall a row is likely to be before it is measured. The markup is in components/photo-grid.

/** A card's minimum width (15rem) and the gap between cards (Tailwind's gap-3), in pixels. */
export const CARD_MIN_PX = 240;
export const CARD_GAP_PX = 12;
/** A thumbnail's minimum width inside a card (4.5rem), the gap between them, the card's padding. */
const TILE_MIN_PX = 72;
const TILE_GAP_PX = 6;
const CARD_PADDING_PX = 24;

/** Cards per row in a list `listWidth` wide: what `repeat(auto-fill, minmax(15rem, 1fr))` gives. */
export function cardColumns(listWidth: number): number {
  return Math.max(1, Math.floor((listWidth + CARD_GAP_PX) / (CARD_MIN_PX + CARD_GAP_PX)));
}

interface GroupsShape<P> {
  skus: {
    sku: string;
    count: number;
    lookalike?: boolean;
    reasons: { reasonCode: string; count: number; discrepancies: { discrepancyId: string; photos: P[] }[] }[];
  }[];
  unrecognised: P[];
}

export interface GridCard<P> {
  reasonCode: string;
  discrepancyId: string;
  photos: P[];
  /** The discrepancy's place among all the grid's cards (what j / k count). */
  index: number;
  /** How many thumbnails of the grid come before this card's (the first few load at once). */
  firstPhoto: number;
}

export type GridRow<P> =
  | { kind: "sku"; key: string; skuIndex: number; sku: string; count: number; lookalike: boolean; folded: boolean }
  | { kind: "cards"; key: string; skuIndex: number; sku: string; part: number; cards: GridCard<P>[] }
  | { kind: "unrecognised"; key: string; count: number; photos: P[]; index: number };

/**
 * The groups as rows: each SKU's heading, then its cards (reasons in order) `columns` to a row,
 * none while the SKU is folded; photos with unrecognised keys last. `columns` Infinity puts each
 * SKU's cards in one row (the grid that is not windowed, which lets CSS flow them).
 */
export function toGridRows<P>(
  groups: GroupsShape<P>,
  columns: number,
  folded: ReadonlySet<string> = new Set(),
): GridRow<P>[] {
  const rows: GridRow<P>[] = [];
  let index = 0;
  let firstPhoto = 0;
  groups.skus.forEach(({ sku, count, reasons, lookalike }, skuIndex) => {
    const isFolded = folded.has(sku);
    rows.push({ kind: "sku", key: `s:${sku}`, skuIndex, sku, count, lookalike: lookalike ?? false, folded: isFolded });
    const cards: GridCard<P>[] = [];
    for (const reason of reasons)
      for (const d of reason.discrepancies) {
        cards.push({
          reasonCode: reason.reasonCode,
          discrepancyId: d.discrepancyId,
          photos: d.photos,
          index,
          firstPhoto,
        });
        index++;
        if (!isFolded) firstPhoto += d.photos.length;
      }
    if (isFolded) return;
    const size = Number.isFinite(columns) ? Math.max(1, columns) : Math.max(1, cards.length);
    for (let i = 0, part = 0; i < cards.length; i += size, part++)
      rows.push({ kind: "cards", key: `c:${sku}#${part}`, skuIndex, sku, part, cards: cards.slice(i, i + size) });
  });
  if (groups.unrecognised.length > 0)
    rows.push({
      kind: "unrecognised",
      key: "u",
      count: groups.unrecognised.length,
      photos: groups.unrecognised,
      index,
    });
  return rows;
}

/** The row holding the discrepancy with this index, or -1 (folded away, or no such one). */
export function rowOfDiscrepancy<P>(rows: readonly GridRow<P>[], index: number): number {
  return rows.findIndex((row) =>
    row.kind === "unrecognised"
      ? row.index === index
      : row.kind === "cards" && row.cards.some((c) => c.index === index),
  );
}

/** The indexes of the discrepancies in the rows, in order: what j / k move between. */
export function reachableDiscrepancies<P>(rows: readonly GridRow<P>[]): number[] {
  return rows.flatMap((row) =>
    row.kind === "cards" ? row.cards.map((c) => c.index) : row.kind === "unrecognised" ? [row.index] : [],
  );
}

/**
 * A row's likely height before it is measured, erring high: a row measured taller than guessed
 * pushes the end of the list away from someone who has just scrolled to it.
 */
export function estimateRowHeight<P>(row: GridRow<P>, listWidth: number, columns: number, decisionPx: number): number {
  if (row.kind === "sku") return row.lookalike ? 80 : 56;
  if (row.kind === "unrecognised") return 120 + Math.ceil(row.photos.length / 8) * 80;
  const cardWidth = (listWidth - CARD_GAP_PX * (columns - 1)) / columns;
  const inner = cardWidth - CARD_PADDING_PX;
  const perRow = Math.max(1, Math.floor((inner + TILE_GAP_PX) / (TILE_MIN_PX + TILE_GAP_PX)));
  const tile = (inner - TILE_GAP_PX * (perRow - 1)) / perRow;
  const tallest = Math.max(...row.cards.map((c) => Math.ceil(c.photos.length / perRow)));
  // Heading and product lines, the tiles with their padding, the decision; the gap above the row.
  return CARD_GAP_PX + 56 + tallest * (tile + TILE_GAP_PX) + 12 + decisionPx;
}
