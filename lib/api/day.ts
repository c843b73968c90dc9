// A day as the API takes it: YYYY-MM-DD, and a day the calendar has (no 2026-02-30). Shared and pure.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDay(d: string): boolean {
  const ms = DAY.test(d) ? Date.parse(`${d}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(d);
}

/** The UTC day of a time, YYYY-MM-DD. */
export const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
