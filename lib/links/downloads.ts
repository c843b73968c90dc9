// An evidence link's pack and report: the same as staff's, of the link's scope, in the link's
// language, with only the claims against the link's party and nothing internal. Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { shipmentDecisions } from "@/lib/db/decisions";
import { shipmentRow, toRecord } from "@/lib/db/shipments";
import { evidencePack } from "@/lib/evidence/pack";
import { attachmentDisposition, packFileName } from "@/lib/evidence/paths";
import { drawReport, reportStream } from "@/lib/evidence/report";
import { reportThumbnails } from "@/lib/evidence/report-thumbnails";
import type { PackScope } from "@/lib/evidence/scope";
import { getTranslator } from "@/lib/i18n/messages";
import { groupPhotos, orderedPhotos } from "@/lib/photos/grouping";
import { describeError, log } from "@/lib/server/log";
import { companyName } from "@/lib/server/public-identity";
import type { Link } from "./model";
import { outsiderDecisions, scopedPhotos } from "./public";

const scoped = (link: Link) => Object.keys(link.scope).length > 0;

export async function linkScope(link: Link, requestId: string): Promise<PackScope> {
  const store = await db();
  const [photos, decisions, row] = await Promise.all([
    scopedPhotos(link, requestId),
    shipmentDecisions(store, link.shipment_id),
    shipmentRow(store, link.shipment_id),
  ]);
  return {
    shipmentId: link.shipment_id,
    view: { ...link.scope },
    photos: orderedPhotos(groupPhotos(photos)),
    decisions: outsiderDecisions(link, decisions),
    record: row ? toRecord(row) : null,
  };
}

export async function linkPack(link: Link, requestId: string, signal: AbortSignal): Promise<Response> {
  const scope = await linkScope(link, requestId);
  const { body, length } = await evidencePack(scope, {
    requestId,
    generatedBy: companyName(),
    audience: { kind: "outsider", party: link.party },
    signal,
    t: await getTranslator(link.language),
    locale: link.language,
    onDone: (result) => {
      if (!result.completed)
        log("warn", "link pack ended early", { request_id: requestId, link_id: link.id, error: result.error ?? null });
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "x-declared-length": String(length),
      "content-disposition": attachmentDisposition(
        packFileName(link.shipment_id, scoped(link), scope.photos.length, "zip"),
      ),
    },
  });
}

export async function linkReport(link: Link, requestId: string, signal: AbortSignal): Promise<Response> {
  const scope = await linkScope(link, requestId);
  const doc = await drawReport(scope, {
    generatedBy: companyName(),
    audience: { kind: "outsider", party: link.party },
    generatedAt: new Date(),
    thumbnails: await reportThumbnails(scope, signal),
    t: await getTranslator(link.language),
    locale: link.language,
  });
  const body = reportStream(doc);
  doc.on("error", (err) => log("warn", "link report failed", { request_id: requestId, error: describeError(err) }));
  return new Response(body, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachmentDisposition(
        packFileName(link.shipment_id, scoped(link), scope.photos.length, "pdf"),
      ),
    },
  });
}
