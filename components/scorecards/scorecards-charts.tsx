"use client";
// The scorecards as charts (Recharts, loaded only on this page, after the tables): bars per
// supplier or carrier (discrepancies per 100 shipments; claimed against recovered in the main
// currency), a line over months. Each chart is a figure whose caption says the table beside it
// holds the same figures; Recharts' accessibility layer makes the bars reachable by keyboard.
import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { fromMinorUnits } from "@/lib/decisions/money";
import type { ScorecardRow } from "@/lib/scorecards/model";

const BRAND = "var(--color-brand-600)";
const GREEN = "var(--color-emerald-600)";
const AMBER = "var(--color-amber-600)";
const TICK = { fill: "var(--color-slate-700)", fontSize: 12 };
const GRID = "var(--color-slate-200)";
const TOOLTIP = {
  contentStyle: {
    background: "var(--color-white)",
    border: "1px solid var(--color-slate-300)",
    color: "var(--color-slate-900)",
  },
};

export interface ChartRow extends ScorecardRow {
  name: string;
  perHundred: number;
}

function Figure({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  const t = useTranslations();
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold">{title}</figcaption>
      <div role="img" aria-label={t("scorecards.chartLabel", { title })}>
        {children}
      </div>
    </figure>
  );
}

/** Bars, one per row (the top ten): names from Sitoo are text in the SVG, never markup. */
export function PerHundredChart({ rows }: { rows: ChartRow[] }) {
  const t = useTranslations();
  const data = rows.slice(0, 10);
  return (
    <Figure title={t("scorecards.perHundred")} testId="chart-per-hundred">
      <ResponsiveContainer width="100%" height={Math.max(160, 36 * data.length + 40)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={TICK} allowDecimals={false} />
          <YAxis type="category" dataKey="name" tick={TICK} width={140} />
          <Tooltip {...TOOLTIP} />
          <Bar dataKey="perHundred" name={t("scorecards.perHundred")} fill={BRAND} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}

export function ClaimedChart({ rows, currency }: { rows: ChartRow[]; currency: string }) {
  const t = useTranslations();
  const data = rows
    .filter((r) => r.claimed.amount[currency] !== undefined)
    .slice(0, 10)
    .map((r) => ({
      name: r.name,
      claimed: Number(fromMinorUnits(r.claimed.amount[currency] ?? 0, currency)),
      recovered: Number(fromMinorUnits(r.recovered.amount[currency] ?? 0, currency)),
    }));
  return (
    <Figure title={t("scorecards.claimedVsRecovered", { currency })} testId="chart-claimed">
      <ResponsiveContainer width="100%" height={Math.max(160, 44 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tick={TICK} />
          <YAxis type="category" dataKey="name" tick={TICK} width={140} />
          <Tooltip {...TOOLTIP} />
          <Legend />
          <Bar dataKey="claimed" name={t("scorecards.claimedSeries")} fill={BRAND} isAnimationActive={false} />
          <Bar dataKey="recovered" name={t("scorecards.recoveredSeries")} fill={GREEN} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
}

export function MonthsChart({ rows }: { rows: ChartRow[] }) {
  const t = useTranslations();
  const data = [...rows].sort((a, b) => a.key.localeCompare(b.key));
  return (
    <Figure title={t("scorecards.overMonths")} testId="chart-months">
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={data} margin={{ left: 8, right: 16 }} accessibilityLayer>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="name" tick={TICK} />
          <YAxis tick={TICK} allowDecimals={false} />
          <Tooltip {...TOOLTIP} />
          <Legend />
          <Line
            dataKey="discrepancies"
            name={t("scorecards.discrepanciesSeries")}
            stroke={BRAND}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            dataKey="claimed.count"
            name={t("scorecards.claimsSeries")}
            stroke={AMBER}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </Figure>
  );
}
