// When to fetch a shipment's photo list again: before its signed URLs expire, and sooner while
// photos are still being processed.
import { isPending } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";

/** Refresh this far ahead of the earliest expiry, at most; less when URLs live only briefly. */
export const MAX_REFRESH_MARGIN_MS = 5 * 60_000;
/** Never refetch more often than this, whatever the expiry says (a clock skew must not loop). */
export const MIN_DELAY_MS = 1_000;
export const POLL_BASE_MS = 2_000;
export const POLL_MAX_MS = 30_000;

export function earliestExpiryMs(photos: readonly Photo[]): number | null {
  let earliest = Number.POSITIVE_INFINITY;
  for (const p of photos) {
    if (p.thumbnail_url && p.thumbnail_expires_at) earliest = Math.min(earliest, p.thumbnail_expires_at);
    if (p.download_url && p.download_expires_at) earliest = Math.min(earliest, p.download_expires_at);
  }
  return Number.isFinite(earliest) ? earliest * 1000 : null;
}

/**
 * Milliseconds until signed URLs should be refreshed, or null when none expire. The margin is a
 * tenth of the remaining lifetime, capped at five minutes: a 1-hour URL is refreshed at 55 minutes,
 * a 60-second one at 54 seconds, so a page refreshes hardly more often than URLs expire.
 */
export function urlRefreshDelay(photos: readonly Photo[], nowMs: number): number | null {
  const expiry = earliestExpiryMs(photos);
  if (expiry === null) return null;
  const remaining = expiry - nowMs;
  const margin = Math.min(MAX_REFRESH_MARGIN_MS, Math.max(0, remaining) * 0.1);
  return Math.max(MIN_DELAY_MS, remaining - margin);
}

/** Backoff for polling photos that are not ready yet: 2 s, 4 s, 8 s … capped at 30 s. */
export function pollDelay(attempt: number): number {
  return Math.min(POLL_MAX_MS, POLL_BASE_MS * 2 ** Math.max(0, attempt));
}

/** The next refetch: whichever comes first of URL refresh and pending-photo polling. */
export function nextRefetchDelay(photos: readonly Photo[], nowMs: number, pollAttempt: number): number | false {
  const candidates: number[] = [];
  const refresh = urlRefreshDelay(photos, nowMs);
  if (refresh !== null) candidates.push(refresh);
  if (photos.some((p) => isPending(p.status))) candidates.push(pollDelay(pollAttempt));
  return candidates.length ? Math.min(...candidates) : false;
}
