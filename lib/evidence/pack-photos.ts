// The evidence pack's photos, one at a time: a signed URL still fresh enough to use (else the
// shipment searched again), a few tries with backoff, the bytes counted and hashed as they pass
// (a length other than Sitoo's stated size stops the pack rather than write it wrong), and the note
// that stands in for a photo that could not be fetched. Server-only; used by pack.ts.
import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import type { Photo } from "@/lib/photos/types";
import { type CdnBody, CdnError, fetchCdn } from "@/lib/sitoo/cdn";
import type { ManifestEntry } from "./manifest";
import { allPhotos, type PackScope } from "./scope";

/**
 * A signed URL with less than this left is refreshed (by searching again) before it is used: the
 * CDN checks the signature when a request arrives, so a fetch that starts in time may run long.
 */
const MIN_URL_LIFE_MS = 3_000;
const TRIES = 3;

/** A photo the pack will hold: where, how many bytes, and its manifest row (hashed as written). */
export interface Planned {
  photo: Photo;
  path: string;
  size: number;
  entry: ManifestEntry;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export type Fetched = CdnBody | { reason: string };

/** One photo's bytes, with its URL refreshed when it would expire or is refused, and a few tries. */
export async function fetchPhoto(item: Planned, urls: UrlBook, signal: AbortSignal): Promise<Fetched> {
  let reason = "unknown";
  for (let attempt = 0; attempt < TRIES; attempt++) {
    signal.throwIfAborted();
    const url = await urls.fresh(item.photo, attempt > 0 && reason.includes("403"));
    if (!url) return { reason: "Sitoo no longer lists it as ready" };
    try {
      const fetched = await fetchCdn(url, signal);
      if (fetched.length !== null && fetched.length !== item.size) {
        await fetched.body.cancel().catch(() => {});
        throw new AppError(
          "UPSTREAM_ERROR",
          `Sitoo's CDN sent ${fetched.length} bytes for ${item.photo.file_id} where its metadata says ${item.size}: the pack was stopped rather than written wrong.`,
        );
      }
      return fetched;
    } catch (err) {
      if (!(err instanceof CdnError)) throw err;
      reason = err.message;
      if (attempt + 1 < TRIES) await sleep(300 * 3 ** attempt, signal);
    }
  }
  return { reason: `${reason} (${TRIES} tries)` };
}

/** Counts and hashes a photo's bytes as they pass; a count other than the stated size ends the pack. */
export function verified(fetched: CdnBody, item: Planned, abort: AbortController) {
  const hash = createHash("sha256");
  let count = 0;
  // The closure holds the Response until the body is read (see CdnBody.response).
  const response = fetched.response;
  return fetched.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        count += chunk.byteLength;
        if (count > item.size) {
          abort.abort();
          controller.error(new Error(`${item.photo.file_id} is longer than its stated ${item.size} bytes`));
          return;
        }
        hash.update(chunk);
        controller.enqueue(chunk);
      },
      flush(controller) {
        void response;
        if (count !== item.size) {
          controller.error(new Error(`${item.photo.file_id} ended after ${count} of its stated ${item.size} bytes`));
          return;
        }
        item.entry.sha256 = hash.digest("hex");
      },
    }),
  );
}

/** The note standing in for a photo that could not be fetched: text, then spaces up to `size`. */
export function note(item: Planned, reason: string, size: number): Uint8Array {
  const text = Buffer.from(
    `This photo could not be added to the evidence pack.\r\n` +
      `File ID: ${item.photo.file_id}\r\nPhoto key: ${item.photo.entity_id}\r\nReason: ${reason}\r\n` +
      "See manifest.csv. Download the pack again later to include it.\r\n",
    "utf8",
  );
  const out = Buffer.alloc(Math.max(0, size), " ");
  text.copy(out, 0, 0, Math.min(text.length, out.length));
  return out;
}

/**
 * Signed URLs for the pack's photos. One that would expire before it is used, or that the CDN
 * refused, is replaced by searching the shipment again (every page, once for all photos).
 */
export class UrlBook {
  private current = new Map<string, Photo>();
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly scope: PackScope,
    private readonly requestId: string,
    private readonly signal: AbortSignal,
  ) {
    for (const p of scope.photos) this.current.set(p.file_id, p);
  }

  async fresh(photo: Photo, refused: boolean): Promise<string | null> {
    const known = this.current.get(photo.file_id);
    const expires = (known?.download_expires_at ?? 0) * 1000;
    if (refused || !known?.download_url || expires - Date.now() < MIN_URL_LIFE_MS) await this.refresh();
    const now = this.current.get(photo.file_id);
    return now?.status === "ready" ? now.download_url : null;
  }

  private refresh(): Promise<void> {
    this.refreshing ??= allPhotos(this.scope.shipmentId, this.requestId, this.signal)
      .then((photos) => {
        for (const p of photos) this.current.set(p.file_id, p);
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }
}
