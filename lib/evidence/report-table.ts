// The claim report's table as positions: every cell's text wrapped inside its column, every row
// as tall as its tallest cell, the header again at the top of each new page. Pure: the caller
// measures text (pdfkit's heightOfString) and draws; tests check the positions.

/**
 * The summary table's columns as shares of the text width (SKU, reason, discrepancies, photos,
 * expected / received, claimed): each heading fits its column on one line in both languages.
 */
export const SUMMARY_COLUMN_SHARES = [0.24, 0.15, 0.16, 0.09, 0.17, 0.19] as const;

export interface TableSpec {
  /** Left edge of the table. */
  left: number;
  /** Column widths; their sum is the table's width. */
  columns: readonly number[];
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Where the table starts on its first page, and where rows may go on any page. */
  top: number;
  pageTop: number;
  pageBottom: number;
  /** Space between a cell's edge and its text, on every side. */
  padding: number;
  /** The height of `text` wrapped to `width` (bold for the header). */
  measure: (text: string, width: number, header: boolean) => number;
}

export interface PlacedCell {
  text: string;
  /** The cell's box; its text goes at x + padding, y + padding, wrapped to width − 2 × padding. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedRow {
  /** 0: the page the table starts on; each row that does not fit starts a new one. */
  page: number;
  y: number;
  height: number;
  header: boolean;
  cells: PlacedCell[];
}

export function layoutTable(spec: TableSpec): PlacedRow[] {
  const { columns, padding, measure } = spec;
  const xs = columns.map((_, i) => spec.left + columns.slice(0, i).reduce((a, b) => a + b, 0));
  const heightOf = (cells: readonly string[], header: boolean) =>
    Math.max(...cells.map((text, i) => measure(text, columns[i]! - 2 * padding, header))) + 2 * padding;
  const place = (cells: readonly string[], header: boolean, page: number, y: number): PlacedRow => {
    const height = heightOf(cells, header);
    return {
      page,
      y,
      height,
      header,
      cells: columns.map((width, i) => ({ text: cells[i] ?? "", x: xs[i]!, y, width, height })),
    };
  };
  const placed: PlacedRow[] = [];
  let page = 0;
  let y = spec.top;
  const headerHeight = heightOf(spec.header, true);
  // A header with no room for a row under it moves to the next page with the first row.
  if (y + headerHeight + (spec.rows[0] ? heightOf(spec.rows[0], false) : 0) > spec.pageBottom) {
    page++;
    y = spec.pageTop;
  }
  placed.push(place(spec.header, true, page, y));
  y += headerHeight;
  for (const cells of spec.rows) {
    const height = heightOf(cells, false);
    if (y + height > spec.pageBottom && y > spec.pageTop + headerHeight) {
      page++;
      y = spec.pageTop;
      placed.push(place(spec.header, true, page, y));
      y += headerHeight;
    }
    placed.push(place(cells, false, page, y));
    y += height;
  }
  return placed;
}
