// Claim deadlines from the arrival time: a carrier claim within CLAIM_WINDOW_CARRIER_DAYS days,
// Sundays not counted (the CMR notice period for damage not apparent at delivery), a supplier
// claim within CLAIM_WINDOW_SUPPLIER_DAYS calendar days. Days are calendar days in UTC; a deadline
// is the end of its last day. Shared and pure.

import type { Translate } from "@/lib/i18n/translate";
import { dateFormat } from "@/lib/photos/intl-cache";

export interface ClaimWindows {
  carrierDays: number;
  supplierDays: number;
}

export const DEFAULT_CLAIM_WINDOWS: ClaimWindows = { carrierDays: 7, supplierDays: 14 };

const DAY_MS = 86_400_000;

const startOfUtcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
const endOf = (dayStart: number) => new Date(dayStart + DAY_MS - 1);

/** The last moment of the carrier window: `days` days after the arrival day, Sundays skipped. */
export function carrierDeadline(arrivedAt: Date, days: number): Date {
  let day = startOfUtcDay(arrivedAt);
  let counted = 0;
  while (counted < days) {
    day += DAY_MS;
    if (new Date(day).getUTCDay() !== 0) counted++;
  }
  return endOf(day);
}

/** The last moment of the supplier window: `days` calendar days after the arrival day. */
export function supplierDeadline(arrivedAt: Date, days: number): Date {
  return endOf(startOfUtcDay(arrivedAt) + days * DAY_MS);
}

export function claimDeadlines(arrivedAt: Date, windows: ClaimWindows = DEFAULT_CLAIM_WINDOWS) {
  return {
    carrier: carrierDeadline(arrivedAt, windows.carrierDays),
    supplier: supplierDeadline(arrivedAt, windows.supplierDays),
  };
}

/**
 * The deadline that applies to a discrepancy: its claim party's, else (nothing decided yet) the
 * earlier of the two, since that is when the first option closes. None once a claim is filed or
 * the discrepancy is settled, or for an insurer (its terms are not Sitoo's to know).
 */
export function applicableDeadline(
  deadlines: { carrier: string; supplier: string } | null,
  status: string,
  party: string | null,
): string | null {
  if (!deadlines || (status !== "open" && status !== "in_progress")) return null;
  if (party === "carrier") return deadlines.carrier;
  if (party === "supplier") return deadlines.supplier;
  if (party) return null;
  return [deadlines.carrier, deadlines.supplier].sort()[0]!;
}

/** Whole calendar days (UTC) from `now`'s day to the deadline's day: 0 today, negative overdue. */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.round((startOfUtcDay(deadline) - startOfUtcDay(now)) / DAY_MS);
}

export type DeadlineTone = "overdue" | "soon" | "later";

/** "due in 3 days", "due today", "overdue by 1 day", with how urgent it reads. */
export function deadlineText(t: Translate, deadline: Date, now: Date): { text: string; tone: DeadlineTone } {
  if (deadline.getTime() < now.getTime()) {
    const late = Math.max(1, -daysLeft(deadline, now));
    return { text: t("deadline.overdue", { days: late }), tone: "overdue" };
  }
  const left = daysLeft(deadline, now);
  if (left === 0) return { text: t("deadline.today"), tone: "soon" };
  return { text: t("deadline.due", { days: left }), tone: left <= 2 ? "soon" : "later" };
}

/** A deadline's day, as the windows count days (UTC): "30 Nov 2026", "30 nov. 2026". */
export function formatDeadlineDay(iso: string, locale = "en-GB"): string {
  return dateFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(iso));
}
