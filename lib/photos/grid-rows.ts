// The virtualized grid's layout arithmetic: tiles per row at each width, and the grouped photos as
// a flat list of rows. Shared and pure; the markup is in components/photo-grid.

/** Tiles per row from a minimum viewport width up, widest first. */
export const COLUMN_BREAKPOINTS = [
  { minWidth: 1024, columns: 8 },
  { minWidth: 768, columns: 6 },
  { minWidth: 640, columns: 4 },
  { minWidth: 0, columns: 3 },
] as const;

/** Gap between tiles in pixels (Tailwind's gap-2). */
export const TILE_GAP_PX = 8;

export function columnsFor(viewportWidth: number): number {
  return COLUMN_BREAKPOINTS.find((b) => viewportWidth >= b.minWidth)?.columns ?? 3;
}

/** Height of a row of square tiles in a list `listWidth` wide, including the gap above it. */
export function tileRowHeight(listWidth: number, columns: number): number {
  return (listWidth - TILE_GAP_PX * (columns - 1)) / columns + TILE_GAP_PX;
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

export type GridRow<P> =
  | { kind: "sku"; key: string; sku: string; count: number; lookalike: boolean }
  | { kind: "reason"; key: string; sku: string; reasonCode: string; count: number }
  | {
      kind: "discrepancy";
      key: string;
      sku: string;
      reasonCode: string;
      discrepancyId: string;
      count: number;
      /** The discrepancy's photos (their entity_id names it). */
      photos: P[];
    }
  | { kind: "unrecognised"; key: string; count: number; photos: P[] }
  | { kind: "tiles"; key: string; photos: P[] };

/** The groups as rows: each heading is a row, each discrepancy's photos `columns` to a row. */
export function toGridRows<P>(groups: GroupsShape<P>, columns: number): GridRow<P>[] {
  const rows: GridRow<P>[] = [];
  const tiles = (prefix: string, photos: P[]) => {
    for (let i = 0; i < photos.length; i += columns)
      rows.push({ kind: "tiles", key: `${prefix}#${i}`, photos: photos.slice(i, i + columns) });
  };
  for (const { sku, count, reasons, lookalike } of groups.skus) {
    rows.push({ kind: "sku", key: `s:${sku}`, sku, count, lookalike: lookalike ?? false });
    for (const reason of reasons) {
      const r = `${sku}|${reason.reasonCode}`;
      rows.push({ kind: "reason", key: `r:${r}`, sku, reasonCode: reason.reasonCode, count: reason.count });
      for (const d of reason.discrepancies) {
        const id = `${r}|${d.discrepancyId}`;
        rows.push({
          kind: "discrepancy",
          key: `d:${id}`,
          sku,
          reasonCode: reason.reasonCode,
          discrepancyId: d.discrepancyId,
          count: d.photos.length,
          photos: d.photos,
        });
        tiles(`t:${id}`, d.photos);
      }
    }
  }
  if (groups.unrecognised.length > 0) {
    rows.push({ kind: "unrecognised", key: "u", count: groups.unrecognised.length, photos: groups.unrecognised });
    tiles("t:u", groups.unrecognised);
  }
  return rows;
}
