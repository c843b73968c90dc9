export function formatBytes(n: number | null): string {
  if (n === null) return "—";
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Unix seconds in the user's own time zone (or the one given), with the zone named. */
export function formatTime(seconds: number | null, timeZone?: string): string {
  if (seconds === null) return "—";
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
  return new Intl.DateTimeFormat(undefined, {
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

export const shortId = (id: string) => (id.length > 8 ? id.slice(0, 8) : id);

/** One of our own ISO 8601 timestamps, in the user's time zone. */
export function formatIsoTime(iso: string, timeZone?: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "—" : formatTime(ms / 1000, timeZone);
}
