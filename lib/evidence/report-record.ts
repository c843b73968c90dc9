// The claim report's shipment record: carrier and reference, tracking, supplier, where it was
// delivered, its state, when it arrived and the claim deadlines, as Sitoo Shipments has them; or a
// line saying there is no record. Server-only; used by report.ts.
import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import { visibleText } from "@/lib/photos/visible-text";
import { formatDeadlineDay } from "@/lib/shipments/claim-deadline";
import { arrivalNote, type ShipmentRecord, shipmentStateLabel } from "@/lib/shipments/model";
import { iso } from "./report-text";

export function drawRecord(
  doc: PDFKit.PDFDocument,
  {
    t,
    locale,
    label,
    outsider = false,
  }: { t: Translate; locale: string; label: (name: string, value: string) => void; outsider?: boolean },
  r: ShipmentRecord | null,
) {
  if (r) {
    const c = r.carrier;
    if (c)
      label(
        t("report.carrier"),
        [c.name, c.service, c.reference ? t("report.reference", { reference: c.reference }) : null]
          .flatMap((v) => (v ? [visibleText(v)] : []))
          .join(", "),
      );
    if (c?.tracking_url) label(t("report.tracking"), visibleText(c.tracking_url));
    if (r.origin)
      label(
        t("report.supplier"),
        [r.origin.name, r.origin.contact_name, r.origin.email]
          .filter(Boolean)
          .map((v) => visibleText(v!))
          .join(", "),
      );
    if (r.destination) label(t("report.deliveredTo"), visibleText(r.destination.name ?? ""));
    // The state in Sitoo and our own claim deadlines are the team's business, not the party's.
    if (!outsider) label(t("report.state"), shipmentStateLabel(t, r.state));
    if (r.arrived_at) {
      const note = arrivalNote(t, r.arrival_source);
      label(t("report.arrived"), `${iso(r.arrived_at)}${note ? ` (${note})` : ""}`);
    }
    if (r.claim_deadlines && !outsider)
      label(
        t("report.claimBy"),
        t("report.claimByDays", {
          carrier: formatDeadlineDay(r.claim_deadlines.carrier, locale),
          supplier: formatDeadlineDay(r.claim_deadlines.supplier, locale),
        }),
      );
  } else {
    doc.font("regular").fontSize(10).text(t("report.noRecord"));
  }
}
