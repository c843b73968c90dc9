import "server-only";
import { AppError } from "@/lib/api/errors";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics.mjs";
import { readCapped } from "@/lib/server/read-capped";
import { type SitooConfig, sitooConfig } from "./config";
import { isAllowedUrl } from "./origins";

// Image bytes from Sitoo's signed CDN URLs, for deliberate downloads only (the evidence pack and
// the report): only from the configured origins, with a timeout for the answer's headers and the
// caller's signal for everything after.

export interface CdnBody {
  body: ReadableStream<Uint8Array>;
  /** The CDN's Content-Length, when it sent one. */
  length: number | null;
  /**
   * Hold this until the body has been read: Node's fetch (undici) ends the body of a Response that
   * is garbage-collected, which would cut a photo short in the middle of a pack.
   */
  response: Response;
}

/** Why a CDN fetch failed, in words for the manifest; `status` when the CDN answered. */
export class CdnError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

const HEADERS_TIMEOUT_MS = 15_000;

export async function fetchCdn(
  url: string,
  signal: AbortSignal,
  config: SitooConfig = sitooConfig(),
): Promise<CdnBody> {
  if (!isAllowedUrl(url, config.cdnOrigins))
    throw new AppError("UPSTREAM_ERROR", "Sitoo gave an image URL from an origin this dashboard does not trust.");
  const headersTimeout = AbortSignal.timeout(HEADERS_TIMEOUT_MS);
  const started = Date.now();
  // One log line per fetch, like every upstream call: the path only, never the signature.
  const observe = (status: number) => {
    const ms = Date.now() - started;
    metrics().upstreamDuration.observe({ service: "cdn", status: String(status) }, ms / 1000);
    log(status >= 200 && status < 300 ? "info" : "warn", "cdn fetch", { path: new URL(url).pathname, status, ms });
  };
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.any([signal, headersTimeout]), cache: "no-store", redirect: "error" });
    observe(res.status);
  } catch (err) {
    observe(0);
    if (signal.aborted) throw err;
    throw new CdnError(
      headersTimeout.aborted ? "the CDN did not answer in time" : "the CDN could not be reached",
      null,
    );
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => {});
    throw new CdnError(`the CDN answered HTTP ${res.status}`, res.status);
  }
  const length = res.headers.get("content-length");
  return { body: res.body, length: length !== null && /^\d+$/.test(length) ? Number(length) : null, response: res };
}

/** A whole (small) image, e.g. a thumbnail for the report. */
export async function fetchCdnBytes(
  url: string,
  signal: AbortSignal,
  maxBytes = 2 * 1024 * 1024,
  config: SitooConfig = sitooConfig(),
): Promise<Uint8Array> {
  const { body, length, response } = await fetchCdn(url, signal, config);
  if (length !== null && length > maxBytes) {
    await body.cancel().catch(() => {});
    throw new CdnError("the image is larger than expected", null);
  }
  // Counted as it arrives: an answer without Content-Length is cut off at the cap, not buffered whole.
  const bytes = await readCapped(body, maxBytes);
  if (bytes === null) throw new CdnError("the image is larger than expected", null);
  // Held until here so undici does not end the body of a collected Response mid-read.
  void response;
  return bytes;
}
