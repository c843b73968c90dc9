// Scorecards: what they group by, the row, and the arithmetic done per row after the query (the
// main currency, the recovery rate). Shared and pure.
import { z } from "zod";

export const SCORECARD_BY = ["supplier", "carrier", "store", "sku", "reason", "month"] as const;
export type ScorecardBy = (typeof SCORECARD_BY)[number];

export type Money = Record<string, number>;

export interface ScorecardRow {
  key: string;
  label: string;
  shipments: number;
  discrepancies: number;
  photos: number;
  units_expected: number;
  units_received: number;
  short_units: number;
  decided: number;
  claimed: { count: number; amount: Money };
  recovered: { count: number; amount: Money };
  /** Recovered ÷ claimed in the row's main currency (the one with most claimed); null: nothing claimed. */
  recovery_rate: number | null;
  median_days_to_claim: number | null;
  deadlines_missed: number;
}

export interface Scorecards {
  by: ScorecardBy;
  from: string;
  to: string;
  rows: ScorecardRow[];
}

/** The currency with the most claimed (ties: alphabetical), or null. */
export function mainCurrency(claimed: Money): string | null {
  const entries = Object.entries(claimed).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries[0]?.[0] ?? null;
}

export function recoveryRate(claimed: Money, recovered: Money): number | null {
  const currency = mainCurrency(claimed);
  if (!currency || !claimed[currency]) return null;
  return (recovered[currency] ?? 0) / claimed[currency];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (d: string) => {
  const ms = DAY.test(d) ? Date.parse(`${d}T00:00:00Z`) : Number.NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(d);
};
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const MAX_RANGE_DAYS = 3 * 366;

/** `by`, `from`, `to` from a query string: default the last 90 days; `from` ≤ `to`; at most 3 years. */
export const scorecardQuerySchema = z
  .object({
    by: z.enum(SCORECARD_BY, `by is one of ${SCORECARD_BY.join(", ")}.`).nullable(),
    from: z.string().refine(isDay, "from is a day, YYYY-MM-DD.").nullable(),
    to: z.string().refine(isDay, "to is a day, YYYY-MM-DD.").nullable(),
  })
  .transform((q, ctx) => {
    const to = q.to ?? dayOf(Date.now());
    const from = q.from ?? dayOf(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000);
    if (from > to) ctx.addIssue({ code: "custom", message: "from is after to." });
    else if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS)
      ctx.addIssue({ code: "custom", message: "A range is at most 3 years." });
    return { by: q.by ?? ("supplier" as ScorecardBy), from, to };
  });
