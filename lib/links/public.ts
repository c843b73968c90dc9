// What an outsider's request under /s/{token}/ goes through: the token's shape (404 without a
// lookup), the link (404 unknown, 410 revoked or expired: looked up on every request, so a
// revocation holds on every instance at once), the per-token and per-address limits, and only
// then the answer, with the link headers; each open of the page, a photo, the pack or the report
// is recorded. Photos come from our server only, and only those inside the link's scope.
// Server-only.
import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { errorAnswer } from "@/lib/api/route";
import { db } from "@/lib/db/client";
import { recordView } from "@/lib/db/links";
import type { Decision } from "@/lib/decisions/model";
import { allPhotos } from "@/lib/evidence/scope";
import type { Photo } from "@/lib/photos/types";
import { clientAddress } from "@/lib/server/client-address";
import { describeError, log } from "@/lib/server/log";
import { singleton } from "@/lib/server/singleton";
import { createTtlCache } from "@/lib/server/ttl-cache";
import { inScope, type Link, type ViewKind } from "./model";
import { checkLimits, LINK_HEADERS, linkForToken } from "./state";

/** Records an open; a failure is logged, never the outsider's problem. */
export function recordOpen(link: Link, what: ViewKind, headers: Headers, requestId: string): void {
  void db()
    .then((store) =>
      recordView(store, link, {
        what,
        ip: clientAddress(headers),
        userAgent: headers.get("user-agent")?.slice(0, 500) ?? null,
      }),
    )
    .catch((err) => log("warn", "link open not recorded", { request_id: requestId, error: describeError(err) }));
}

/** A shipment's photos by file id, kept a little while: a page of thumbnails costs one walk. */
const books = () =>
  singleton("link-photo-books", () =>
    createTtlCache<Map<string, Photo>>({
      name: "link-photos",
      ttlMs: 60_000,
      // Only while every signed URL has two minutes left.
      keep: (book, now) =>
        [...book.values()].every((p) => (p.thumbnail_expires_at ?? Number.POSITIVE_INFINITY) * 1000 - now > 120_000),
    }),
  );

async function photoBook(shipmentId: string, requestId: string): Promise<Map<string, Photo>> {
  return books().get(shipmentId, async () => {
    const photos = await allPhotos(shipmentId, requestId);
    return new Map(photos.map((p) => [p.file_id.toLowerCase(), p]));
  });
}

/** The link's photos: of its shipment, inside its scope, with an image. */
export async function scopedPhotos(link: Link, requestId: string): Promise<Photo[]> {
  const book = await photoBook(link.shipment_id, requestId);
  return [...book.values()].filter((p) => p.status === "ready" && inScope(p, link.shipment_id, link.scope));
}

/** One photo of the link; anything outside its scope is 404, as if it did not exist. */
export async function scopedPhoto(link: Link, fileId: string, requestId: string): Promise<Photo> {
  const photo = (await photoBook(link.shipment_id, requestId)).get(fileId.toLowerCase());
  if (photo?.status !== "ready" || !inScope(photo, link.shipment_id, link.scope))
    throw new AppError("FILE_NOT_FOUND", "There is no such photo.");
  return photo;
}

/** A photo as the outsider's page has it: our addresses under the link, never a Sitoo URL. */
export function outsiderPhoto(photo: Photo, token: string): Photo {
  const base = `/s/${token}`;
  return {
    ...photo,
    thumbnail_url: `${base}/thumbnails/${photo.file_id}`,
    thumbnail_expires_at: null,
    download_url: `${base}/photos/${photo.file_id}`,
    download_expires_at: null,
  };
}

/**
 * The decisions an outsider may see: only claims against the link's party, with nothing internal
 * (no notes, assignee or who decided). Another party's claim leaves no trace.
 */
export function outsiderDecisions(link: Link, decisions: Decision[]): Map<string, Decision> {
  const shown = new Map<string, Decision>();
  for (const d of decisions)
    if (d.claim?.party === link.party)
      shown.set(d.entity_id, { ...d, assignee: null, notes: [], notes_total: 0, updated_by: "" });
  return shown;
}

/**
 * A route under /s/{token}/: the link checked on every request, the limits, our error body and
 * the link headers on every answer; `what`: the open this request is, recorded once it succeeds.
 */
export function publicRoute<P extends { token: string }>(
  what: ViewKind | null,
  handler: (ctx: { req: Request; params: P; link: Link; requestId: string; token: string }) => Promise<Response>,
) {
  return async (req: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const requestId = randomUUID();
    const headers: Record<string, string> = { ...LINK_HEADERS, "x-request-id": requestId };
    try {
      const p = await params;
      const link = await linkForToken(p.token);
      await checkLimits(link, req.headers);
      const res = await handler({ req, params: p, link, requestId, token: p.token });
      for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
      if (what) recordOpen(link, what, req.headers, requestId);
      return res;
    } catch (err) {
      return errorAnswer(err, requestId, headers);
    }
  };
}
