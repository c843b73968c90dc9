// The downloads (evidence.zip, report.pdf, manifest.csv, one photo) as responses, each pack and report
// recorded as an audit event (who, scope, photo count, bytes). Server-only.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/route";
import { parseEvidenceQuery, parseInput, shipmentIdSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { recordShipmentEvent } from "@/lib/db/decisions";
import { type Locale, requestLocale } from "@/lib/i18n/locale";
import { getTranslator } from "@/lib/i18n/messages";
import type { Photo } from "@/lib/photos/types";
import type { View } from "@/lib/photos/view";
import { withHeavySlot } from "@/lib/server/heavy-work";
import { describeError, log } from "@/lib/server/log";
import { CdnError, fetchCdn } from "@/lib/sitoo/cdn";
import { getPhoto } from "@/lib/sitoo/media";
import { absentUpFront, manifestHeader, manifestRow } from "./manifest";
import { evidencePack } from "./pack";
import { attachmentDisposition, packFileName, packPaths, photoFileName } from "./paths";
import { drawReport, reportStream } from "./report";
import { reportThumbnails } from "./report-thumbnails";
import { packScope } from "./scope";

interface Request {
  shipmentId: string;
  view: View;
  user: string;
  requestId: string;
  signal: AbortSignal;
  /** The downloader's language, for the claim report (the manifest stays English). */
  locale: Locale;
}

const filtered = (view: View) => Object.values(view).some(Boolean);
const attachment = attachmentDisposition;

function audit(r: Request, kind: "evidence_pack" | "report", data: Record<string, unknown>) {
  void db()
    .then((store) =>
      recordShipmentEvent(store, { actor: r.user, shipmentId: r.shipmentId, kind, data: { scope: r.view, ...data } }),
    )
    .catch((err) =>
      log("warn", "audit event not recorded", { request_id: r.requestId, kind, error: describeError(err) }),
    );
}

export async function evidenceZip(r: Request): Promise<Response> {
  const scope = await packScope(r.shipmentId, r.view, r.requestId, r.signal);
  const { body, length } = await evidencePack(scope, {
    requestId: r.requestId,
    generatedBy: r.user,
    signal: r.signal,
    t: await getTranslator(r.locale),
    locale: r.locale,
    onDone: (result) =>
      audit(r, "evidence_pack", {
        photos: scope.photos.length,
        photos_written: result.photosWritten,
        photos_missing: result.photosMissing,
        bytes: result.bytes,
        stated_bytes: length,
        completed: result.completed,
        ...(result.error ? { error: result.error } : {}),
      }),
  });
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      // Next drops Content-Length from route handlers; server.mjs sends this one as Content-Length.
      "x-declared-length": String(length),
      "content-disposition": attachment(packFileName(r.shipmentId, filtered(scope.view), scope.photos.length, "zip")),
    },
  });
}

export async function claimReport(r: Request): Promise<Response> {
  const scope = await packScope(r.shipmentId, r.view, r.requestId, r.signal);
  const thumbnails = await reportThumbnails(scope, r.signal);
  const doc = await drawReport(scope, {
    generatedBy: r.user,
    generatedAt: new Date(),
    thumbnails,
    t: await getTranslator(r.locale),
    locale: r.locale,
  });
  let bytes = 0;
  const counted = reportStream(doc).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      flush() {
        audit(r, "report", { photos: scope.photos.length, bytes });
      },
    }),
  );
  return new Response(counted, {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": attachment(packFileName(r.shipmentId, filtered(scope.view), scope.photos.length, "pdf")),
    },
  });
}

/** The manifest on its own: where each photo would be in the pack; hashes only in the pack's copy. */
export async function manifestCsv(r: Request): Promise<Response> {
  const scope = await packScope(r.shipmentId, r.view, r.requestId, r.signal);
  const paths = packPaths(
    scope.photos.filter((p) => absentUpFront(p) === null),
    scope.shipmentId,
  );
  const rows = scope.photos.map((photo) =>
    manifestRow({
      photo,
      shipmentId: scope.shipmentId,
      path: paths.get(photo.file_id) ?? null,
      absent: absentUpFront(photo),
      sha256: null,
      decision: scope.decisions.get(photo.entity_id) ?? null,
    }),
  );
  return new Response(manifestHeader() + rows.join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": attachment(packFileName(r.shipmentId, filtered(scope.view), scope.photos.length, "csv")),
    },
  });
}

/**
 * GET /api/shipments/{shipmentId}/<download>?sku=&reason=&discrepancy=&status=. `heavy`: the pack
 * and the report, which hold one of the user's and the instance's few slots while they stream.
 */
export const downloadRoute = (download: (r: Request) => Promise<Response>, o: { heavy: boolean }) =>
  apiRoute<{ shipmentId: string }>({ role: "viewer", download: true }, async ({ req, params, requestId, user }) => {
    const r: Request = {
      shipmentId: parseInput(shipmentIdSchema, params.shipmentId, "shipment ID"),
      view: parseEvidenceQuery(new URL(req.url)),
      user,
      requestId,
      signal: req.signal,
      locale: requestLocale(req.headers),
    };
    return o.heavy ? withHeavySlot(user, req.signal, () => download(r)) : download(r);
  });

/**
 * HEAD on a download: the checks and the headers a GET would give, without its work (Next would
 * otherwise run the whole GET and throw the body away, unrecorded).
 */
export const downloadHead = (contentType: string) =>
  apiRoute<{ shipmentId: string }>({ role: "viewer", download: true }, async ({ req, params }) => {
    parseInput(shipmentIdSchema, params.shipmentId, "shipment ID");
    parseEvidenceQuery(new URL(req.url));
    return new Response(null, { headers: { "content-type": contentType } });
  });

/**
 * One photo's full-size JPEG through the server (browsers ignore `download` on another origin's
 * URL, and the signed URL's name is `full.jpg`): streamed from an allowed origin only, named
 * `<shipment>_<sku>_<reason>_<taken-at>.jpg`.
 */
export async function photoDownload(fileId: string, requestId: string, signal: AbortSignal): Promise<Response> {
  return photoResponse(await getPhoto(fileId, { requestId }), "full", signal);
}

/**
 * A photo's bytes as they are (never re-encoded), streamed from the CDN: the full-size image as a
 * download, or the thumbnail to show.
 */
export async function photoResponse(photo: Photo, size: "full" | "thumbnail", signal: AbortSignal): Promise<Response> {
  const url = size === "full" ? photo.download_url : photo.thumbnail_url;
  if (photo.status !== "ready" || !url) throw new AppError("FILE_NOT_FOUND", "This photo has no image yet.");
  let cdn: Awaited<ReturnType<typeof fetchCdn>>;
  try {
    cdn = await fetchCdn(url, signal);
  } catch (err) {
    if (err instanceof CdnError) throw new AppError("UPSTREAM_ERROR", `Could not fetch the photo: ${err.message}.`);
    throw err;
  }
  const response = cdn.response;
  // Passed through a stream whose closure holds the CDN's Response until its body is read.
  const body = cdn.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      flush() {
        void response;
      },
    }),
  );
  const name = photoFileName(photo, photo.key?.shipment_id ?? "photo");
  return new Response(body, {
    headers: {
      "content-type": "image/jpeg",
      ...(cdn.length !== null ? { "x-declared-length": String(cdn.length) } : {}),
      ...(size === "full" ? { "content-disposition": attachment(name) } : {}),
    },
  });
}
