// The claim report's summary table: per SKU and reason, the discrepancies, photos, expected and
// received quantity, and what is claimed; laid out by report-table.ts (every cell wrapped inside
// its column, the header again on each page) and drawn here. Server-only.
import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { PhotoGroups } from "@/lib/photos/grouping";
import { reasonLabel } from "@/lib/photos/labels";
import { visibleText } from "@/lib/photos/visible-text";
import { lineFor, quantityText } from "@/lib/shipments/model";
import { moneyList } from "./report-claim";
import { layoutTable, SUMMARY_COLUMN_SHARES } from "./report-table";
import type { PackScope } from "./scope";

const PADDING = 3;
const SIZE = 9;

export function drawSummary(
  doc: PDFKit.PDFDocument,
  o: { t: Translate; locale: string; left: number; width: number },
  scope: PackScope,
  groups: PhotoGroups,
) {
  const { t } = o;
  const money = o.locale === "en" ? "en-GB" : o.locale;
  const claimed = (entityIds: string[]) => {
    const totals = new Map<string, number>();
    for (const id of entityIds) {
      const c = scope.decisions.get(id)?.claim;
      if (c?.amount != null && c.currency) totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.amount);
    }
    return moneyList(totals, money) || "—";
  };
  const rows = groups.skus.flatMap((sku) =>
    sku.reasons.map((reason) => [
      visibleText(sku.sku),
      reasonLabel(t, reason.reasonCode),
      String(reason.discrepancies.length),
      String(reason.discrepancies.reduce((n, d) => n + d.photos.length, 0)),
      quantityText(t, lineFor(scope.record, sku.sku)) ?? t("report.notKnown"),
      claimed(reason.discrepancies.map((d) => d.photos[0]!.entity_id)),
    ]),
  );
  if (groups.unrecognised.length)
    rows.push([t("report.unrecognisedKeys"), "", "", String(groups.unrecognised.length), "", "—"]);
  const columns = SUMMARY_COLUMN_SHARES.map((s) => s * o.width);
  const placed = layoutTable({
    left: o.left,
    columns,
    header: ["sku", "reason", "discrepancies", "photos", "quantity", "claimed"].map((c) => t(`report.column.${c}`)),
    rows,
    top: doc.y,
    pageTop: doc.page.margins.top,
    pageBottom: doc.page.height - doc.page.margins.bottom,
    padding: PADDING,
    measure: (text, width, header) =>
      doc
        .font(header ? "bold" : "regular")
        .fontSize(SIZE)
        .heightOfString(text, { width }),
  });
  let page = 0;
  for (const row of placed) {
    if (row.page > page) {
      doc.addPage();
      page = row.page;
    }
    if (row.header) doc.save().rect(o.left, row.y, o.width, row.height).fill("#e2e8f0").restore();
    for (const cell of row.cells)
      doc
        .font(row.header ? "bold" : "regular")
        .fontSize(SIZE)
        .fillColor("black")
        .text(cell.text, cell.x + PADDING, cell.y + PADDING, { width: cell.width - 2 * PADDING });
    doc
      .save()
      .lineWidth(0.5)
      .strokeColor("#cbd5e1")
      .moveTo(o.left, row.y + row.height)
      .lineTo(o.left + o.width, row.y + row.height)
      .stroke()
      .restore();
  }
  const last = placed.at(-1);
  doc.x = o.left;
  doc.y = last ? last.y + last.height : doc.y;
}
