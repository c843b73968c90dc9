// Sizes, times and IDs as a page shows them, in the page's language (a BCP 47 tag; the browser's
// own when none is given). Shared and pure.

import { dateFormat, numberFormat } from "./intl-cache";

/** A file size in the language's own number format: "1.5 MB", "1,5 MB". */
export function formatBytes(n: number | null, locale?: string): string {
  if (n === null) return "—";
  const one = (value: number, unit: string) =>
    `${numberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)} ${unit}`;
  if (n < 1024) return `${numberFormat(locale).format(n)} B`;
  if (n < 1024 * 1024) return one(n / 1024, "KB");
  if (n < 1024 ** 3) return one(n / 1024 / 1024, "MB");
  return one(n / 1024 ** 3, "GB");
}

/** Unix seconds in the user's own time zone (or the one given), with the zone named. */
export function formatTime(seconds: number | null, timeZone?: string, locale?: string): string {
  if (seconds === null) return "—";
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
  return dateFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(new Date(seconds * 1000));
}

/** The first `length` characters of an ID (8 unless more are needed to tell IDs apart). */
export const shortId = (id: string, length = 8) => (id.length > length ? id.slice(0, length) : id);

/**
 * How many leading characters tell every one of these IDs from the others: at least 8, more when
 * two IDs share a longer start (sequence numbers after a date, say).
 */
export function idLength(ids: Iterable<string>): number {
  const sorted = [...new Set(ids)].sort();
  let length = 8;
  // Neighbours in sorted order share the longest starts.
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    length = Math.max(length, common + 1);
  }
  return length;
}

/** One of our own ISO 8601 timestamps, in the user's time zone. */
export function formatIsoTime(iso: string, timeZone?: string, locale?: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "—" : formatTime(ms / 1000, timeZone, locale);
}
