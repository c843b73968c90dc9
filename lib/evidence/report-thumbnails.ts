// The claim report's photo thumbnails: which ones (bounded per discrepancy and in all), fetched a
// few at a time from the CDN, and drawn in rows with their taken-at times. Server-only; used by
// report.ts and pack.ts.
import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { Photo } from "@/lib/photos/types";
import { mapLimit } from "@/lib/server/map-limit";
import { fetchCdnBytes } from "@/lib/sitoo/cdn";
import { day } from "./report-text";
import type { PackScope } from "./scope";

/** Thumbnails per discrepancy and in all: a report stays a readable, bounded document. */
const THUMBS_PER_DISCREPANCY = 8;
const MAX_THUMBS = 160;
const THUMB = 112;
const GAP = 10;

/**
 * The thumbnails the report shows, fetched a few at a time; one that fails is left out. The
 * pack's copy asks for fewer (its photos are beside it, and it is drawn before the first byte).
 */
export async function reportThumbnails(
  scope: PackScope,
  signal: AbortSignal,
  limits = { perDiscrepancy: THUMBS_PER_DISCREPANCY, total: MAX_THUMBS },
): Promise<Map<string, Uint8Array>> {
  const perDiscrepancy = new Map<string, number>();
  const wanted: Photo[] = [];
  for (const p of scope.photos) {
    const n = perDiscrepancy.get(p.entity_id) ?? 0;
    if (!p.thumbnail_url || n >= limits.perDiscrepancy || wanted.length >= limits.total) continue;
    perDiscrepancy.set(p.entity_id, n + 1);
    wanted.push(p);
  }
  const out = new Map<string, Uint8Array>();
  await mapLimit(wanted, 6, async (p) => {
    try {
      out.set(p.file_id, await fetchCdnBytes(p.thumbnail_url!, signal));
    } catch {
      // Shown as "thumbnail unavailable"; the photo itself is in the pack or the manifest says why.
    }
  });
  signal.throwIfAborted();
  return out;
}

export function drawThumbnails(
  doc: PDFKit.PDFDocument,
  t: Translate,
  photos: Photo[],
  thumbnails: Map<string, Uint8Array>,
  box: { left: number; width: number; ensure: (h: number) => void },
) {
  const perRow = Math.floor((box.width + GAP) / (THUMB + GAP));
  const shown = photos.filter((p) => thumbnails.has(p.file_id));
  const missing = photos.length - shown.length;
  for (let i = 0; i < shown.length; i += perRow) {
    box.ensure(THUMB + 26);
    const y = doc.y;
    shown.slice(i, i + perRow).forEach((p, j) => {
      const x = box.left + j * (THUMB + GAP);
      doc.image(Buffer.from(thumbnails.get(p.file_id)!), x, y, {
        fit: [THUMB, THUMB],
        align: "center",
        valign: "center",
      });
      doc
        .font("regular")
        .fontSize(7)
        .fillColor("#334155")
        .text(p.created_at === null ? t("report.unknownTime") : day(p.created_at), x, y + THUMB + 3, {
          width: THUMB,
          lineBreak: false,
        })
        .fillColor("black");
    });
    doc.x = box.left;
    doc.y = y + THUMB + 16;
  }
  if (missing > 0)
    doc
      .font("regular")
      .fontSize(8)
      .fillColor("#64748b")
      .text(t("report.notShown", { count: missing }), box.left, doc.y, { width: box.width })
      .fillColor("black");
}
