// Scorecards: what they group by, the row, and the arithmetic done per row after the query (the
// main currency, the recovery rate). Shared and pure.

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
