import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";
import { layoutTable, type PlacedRow, SUMMARY_COLUMN_SHARES } from "./report-table";

// Real text measuring: pdfkit with the report's own fonts, as the report draws.
const FONTS = path.join(process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
const doc = new PDFDocument({ size: "A4", margin: 50 });
doc.registerFont("regular", readFileSync(path.join(FONTS, "DejaVuSans.ttf")));
doc.registerFont("bold", readFileSync(path.join(FONTS, "DejaVuSans-Bold.ttf")));
const measure = (text: string, width: number, header: boolean) =>
  doc
    .font(header ? "bold" : "regular")
    .fontSize(9)
    .heightOfString(text, { width });

// The report's own columns on an A4 page with 50-point margins (495 points of text width).
const COLUMNS = SUMMARY_COLUMN_SHARES.map((share) => share * 495.28);
const PAGE = { top: 120, pageTop: 50, pageBottom: 791.89 };
const PADDING = 3;

/** No cell's text leaves its box; rows on one page never overlap; every row lies inside the page. */
function expectContained(rows: PlacedRow[]) {
  for (const row of rows) {
    expect(row.y).toBeGreaterThanOrEqual(row.page === 0 ? PAGE.top : PAGE.pageTop);
    expect(row.y + row.height).toBeLessThanOrEqual(PAGE.pageBottom + 0.001);
    for (const [i, cell] of row.cells.entries()) {
      const textHeight = measure(cell.text, cell.width - 2 * PADDING, row.header);
      expect(textHeight + 2 * PADDING, cell.text).toBeLessThanOrEqual(cell.height + 0.001);
      // Wider than its cell, a text takes as many lines as it needs (pdfkit breaks even a long
      // unbroken SKU): drawn at that width it cannot run sideways into the next cell.
      doc.font(row.header ? "bold" : "regular").fontSize(9);
      const lineHeight = doc.currentLineHeight(true);
      const minLines = Math.ceil(doc.widthOfString(cell.text) / (cell.width - 2 * PADDING));
      expect(textHeight, cell.text).toBeGreaterThanOrEqual(minLines * lineHeight - 0.001);
      const next = row.cells[i + 1];
      if (next) expect(cell.x + cell.width).toBeLessThanOrEqual(next.x + 0.001);
    }
  }
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    if (a.page === b.page) expect(a.y + a.height).toBeLessThanOrEqual(b.y + 0.001);
    else expect(b.header).toBe(true);
  }
}

const KEYS = ["sku", "reason", "discrepancies", "photos", "quantity", "claimed"] as const;
const header = KEYS.map((k) => en.report.column[k]);
const svHeader = KEYS.map((k) => sv.report.column[k]);

describe("the report's table", () => {
  it("fits every one-word heading on one line, in English and Swedish", () => {
    for (const labels of [header, svHeader])
      labels.forEach((label, i) => {
        if (label.includes(" ") || label.includes("/")) return;
        const lines = measure(label, COLUMNS[i]! - 2 * PADDING, true) / measure("X", 1000, true);
        expect(Math.round(lines), label).toBe(1);
      });
  });

  it("wraps a long SKU and a long product name inside their cells instead of running into the next", () => {
    const rows = layoutTable({
      ...PAGE,
      left: 50,
      columns: COLUMNS,
      padding: PADDING,
      measure,
      header,
      rows: [
        ["SKU-WITH-A-VERY-LONG-NAME-THAT-GOES-ON-AND-ON-1234567890", "Damaged", "3", "12", "24 / 23", "SEK 1,250.00"],
        [
          "SKU-2",
          "Wrong item",
          "1",
          "2",
          "Ceramic mug, 350 ml, hand-glazed stoneware with a very long description",
          "—",
        ],
      ],
    });
    expectContained(rows);
    expect(rows[1]!.height).toBeGreaterThan(rows[2]!.height / 3);
    expect(rows[1]!.height).toBeGreaterThan(20);
  });

  it("fits Swedish headings, and 200 discrepancies over several pages with the header on each", () => {
    const many = Array.from({ length: 200 }, (_, i) => [
      `SKU-${i}-${"X".repeat(i % 40)}`,
      ["Skadad", "Fel artikel", "Brist", "Överskott"][i % 4]!,
      String(i % 7),
      String(i),
      i % 3 ? `${i} / ${i - 1}` : "okänt",
      i % 2 ? "12 950,00 kr" : "—",
    ]);
    const rows = layoutTable({
      ...PAGE,
      left: 50,
      columns: COLUMNS,
      padding: PADDING,
      measure,
      header: svHeader,
      rows: many,
    });
    expectContained(rows);
    const pages = new Set(rows.map((r) => r.page));
    expect(pages.size).toBeGreaterThan(3);
    for (const page of pages) expect(rows.find((r) => r.page === page)?.header).toBe(true);
    expect(rows.filter((r) => !r.header)).toHaveLength(200);
  });

  it("moves the header to the next page when no row would fit under it", () => {
    const rows = layoutTable({
      ...PAGE,
      top: PAGE.pageBottom - 15,
      left: 50,
      columns: COLUMNS,
      padding: PADDING,
      measure,
      header,
      rows: [["A", "B", "1", "1", "1 / 1", "—"]],
    });
    expect(rows.map((r) => [r.page, r.header])).toEqual([
      [1, true],
      [1, false],
    ]);
    expectContained(rows);
  });
});
