// report.pdf: a claim a supplier or carrier can read: who claims from whom for which shipment,
// the references and the total claimed, a short statement (report-claim.ts); the shipment record;
// a summary table per SKU and reason (report-summary.ts); then each discrepancy's claim (and for
// staff its decision and notes) with photo thumbnails and their taken-at times. DejaVu Sans (from the dejavu-fonts-ttf package) covers Swedish and the
// other European scripts. Server-only.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import { claimSummary, decisionStatusLabel, recoverySummary } from "@/lib/decisions/labels";
import { type ClaimParty, openDecision } from "@/lib/decisions/model";
import { formatMoney } from "@/lib/decisions/money";
import type { Translate } from "@/lib/i18n/translate";
import { groupPhotos } from "@/lib/photos/grouping";
import { reasonLabel } from "@/lib/photos/labels";
import { visibleText } from "@/lib/photos/visible-text";
import { companyName } from "@/lib/server/public-identity";
import { drawClaim } from "./report-claim";
import { drawRecord } from "./report-record";
import { drawSummary } from "./report-summary";
import { groupsOfUnrecognised, iso, scopeText } from "./report-text";
import { drawThumbnails } from "./report-thumbnails";
import type { PackScope } from "./scope";

const FONTS = path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/dejavu-fonts-ttf/ttf");
let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () => {
  fonts ??= {
    regular: readFileSync(path.join(FONTS, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(FONTS, "DejaVuSans-Bold.ttf")),
  };
  return fonts;
};

/** Who reads the report: staff (everything) or the party of an evidence link (nothing internal). */
export type Audience = { kind: "staff" } | { kind: "outsider"; party: ClaimParty };

export interface ReportOptions {
  generatedBy: string;
  /** Who claims; by default COMPANY_NAME. */
  company?: string;
  /** Default staff. An outsider's report has no notes, assignees or statuses: only its claims. */
  audience?: Audience;
  generatedAt: Date;
  /** Thumbnail bytes by file id (see reportThumbnails). */
  thumbnails: Map<string, Uint8Array>;
  /** The downloader's language: its translator and BCP 47 tag. */
  t: Translate;
  locale: string;
}

/** Notes printed in one report at most: a thread of thousands must not make a report of thousands of pages. */
const MAX_REPORT_NOTES = 1_000;
/** Lets other requests run between discrepancies: drawing text is the expensive part. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Draws the report. Async only to give the event loop back between discrepancies, so a long
 * report never holds up other users' requests.
 */
export async function drawReport(scope: PackScope, o: ReportOptions): Promise<PDFKit.PDFDocument> {
  const { regular, bold } = loadFonts();
  const { t, locale } = o;
  const audience: Audience = o.audience ?? { kind: "staff" };
  const outsider = audience.kind === "outsider";
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    bufferPages: true,
    info: {
      Title: t("report.docTitle", { id: scope.shipmentId }),
      Author: o.generatedBy,
      Creator: "Shipment Photo Review",
      CreationDate: o.generatedAt,
    },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const label = (name: string, value: string) => {
    doc.font("bold").fontSize(10).text(`${name}: `, { continued: true }).font("regular").text(value);
  };

  doc
    .font("bold")
    .fontSize(18)
    .text(t("report.title", { id: visibleText(scope.shipmentId) }));
  doc.moveDown(0.3);
  doc
    .font("regular")
    .fontSize(9)
    .fillColor("#475569")
    .text(t("report.generated", { name: visibleText(o.generatedBy), at: iso(o.generatedAt.toISOString()) }), {
      continued: true,
    })
    .text(scopeText(t, scope))
    .fillColor("black");
  doc.moveDown();

  drawClaim(doc, { t, locale, left, width, label, company: o.company ?? companyName(), audience }, scope);
  doc.moveDown();
  drawRecord(doc, { t, locale, label, outsider }, scope.record);
  doc.moveDown();

  // Summary per SKU and reason, its cells wrapped inside their columns.
  const groups = groupPhotos(scope.photos);
  doc.font("bold").fontSize(13).text(t("report.summary"));
  doc.moveDown(0.3);
  drawSummary(doc, { t, locale, left, width }, scope, groups);
  doc.moveDown();

  // Each discrepancy: decision, claim, notes, thumbnails.
  const sections = [
    ...groups.skus.flatMap((sku) =>
      sku.reasons.flatMap((reason) =>
        reason.discrepancies.map((d) => ({
          title: t("report.section", {
            sku: visibleText(sku.sku),
            reason: reasonLabel(t, reason.reasonCode),
            id: visibleText(d.discrepancyId),
          }),
          entityId: d.photos[0]!.entity_id,
          photos: d.photos,
        })),
      ),
    ),
    ...groupsOfUnrecognised(t, groups.unrecognised),
  ];
  let notesLeft = MAX_REPORT_NOTES;
  for (const s of sections) {
    await breathe();
    // A heading is never left alone at the foot of a page: its claim and first photos go with it.
    ensure(200);
    doc.font("bold").fontSize(12).text(s.title, left, doc.y, { width });
    const decision = scope.decisions.get(s.entityId) ?? openDecision(s.entityId, scope.shipmentId);
    doc.moveDown(0.2);
    if (!outsider)
      label(
        t("report.decision"),
        `${decisionStatusLabel(t, decision.status)}${decision.assignee ? t("report.assigned", { name: visibleText(decision.assignee) }) : ""}`,
      );
    if (decision.claim) {
      label(t("report.claim"), claimSummary(t, decision.claim, locale === "en" ? "en-GB" : locale));
      if (decision.claim.amount !== null && decision.claim.currency)
        label(
          t("report.amount"),
          formatMoney(decision.claim.amount, decision.claim.currency, locale === "en" ? "en-GB" : locale),
        );
    }
    if (decision.recovery)
      label(
        t("report.recovery"),
        [
          recoverySummary(t, decision.claim, decision.recovery, locale === "en" ? "en-GB" : locale),
          decision.recovery.reference && visibleText(decision.recovery.reference),
          decision.recovery.at,
        ]
          .filter(Boolean)
          .join(" · "),
      );
    const shown = outsider ? [] : decision.notes.slice(-Math.max(0, notesLeft));
    notesLeft -= shown.length;
    if (!outsider && decision.notes_total > shown.length) {
      ensure(20);
      doc
        .font("regular")
        .fontSize(9)
        .fillColor("#475569")
        .text(t("report.olderNotes", { count: decision.notes_total - shown.length }), { width })
        .fillColor("black");
    }
    for (const note of shown) {
      ensure(30);
      doc
        .font("bold")
        .fontSize(9)
        .text(t("report.note", { name: visibleText(note.author), at: iso(note.at) }), { continued: true })
        .font("regular")
        .text(visibleText(note.text), { width });
    }
    doc.moveDown(0.4);
    drawThumbnails(doc, t, s.photos, o.thumbnails, { left, width, ensure });
    doc.moveDown();
  }

  // Page numbers, written into the bottom margin of every buffered page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor("#64748b")
      .text(
        t("report.footer", { id: visibleText(scope.shipmentId), page: i + 1, pages: range.count }),
        left,
        doc.page.height - 35,
        {
          width,
          align: "center",
          lineBreak: false,
        },
      )
      .fillColor("black");
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return doc;
}

/** The report as a Web stream (the standalone route), read as pdfkit writes it. */
export function reportStream(doc: PDFKit.PDFDocument): ReadableStream<Uint8Array> {
  return Readable.toWeb(doc) as unknown as ReadableStream<Uint8Array>;
}

/** The whole report in memory: bounded (at most MAX_THUMBS thumbnails, report-thumbnails.ts), so the pack can state its size. */
export async function reportBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of doc) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
