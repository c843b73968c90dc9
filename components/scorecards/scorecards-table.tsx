"use client";
// The scorecards as tables: the full one (every figure of every row, each row linking to the
// worklist filtered to it) and the compact ones beside the charts. Names from Sitoo are text.
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { OutsideText } from "@/components/ui/outside-text";
import { formatMoney } from "@/lib/decisions/money";
import type { Money, ScorecardBy } from "@/lib/scorecards/model";
import { worklistHref } from "./scorecard-links";
import type { ChartRow } from "./scorecards-charts";

const TH = "px-2 py-1.5 text-left font-medium text-slate-600";
const TD = "px-2 py-1.5 tabular-nums";

export function useMoney() {
  const locale = useLocale();
  return (m: Money) =>
    Object.entries(m)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, n]) => formatMoney(n, c, locale))
      .join(" + ") || "—";
}

function Name({ by, row }: { by: ScorecardBy; row: ChartRow }) {
  const t = useTranslations();
  return (
    <Link
      href={worklistHref(by, row.key)}
      className="font-medium text-brand-700 underline"
      aria-label={t("scorecards.worklistLink", { name: row.name })}
    >
      <OutsideText text={row.name} />
    </Link>
  );
}

export function FullTable({ by, rows }: { by: ScorecardBy; rows: ChartRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const money = useMoney();
  const n = (x: number) => format.number(x);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" data-testid="scorecard-table">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("scorecards.title")}</caption>
        <thead className="border-b border-slate-200">
          <tr>
            {(
              [
                "label",
                "shipments",
                "discrepancies",
                "perHundred",
                "photos",
                "units",
                "short",
                "decided",
                "claimed",
                "recovered",
                "rate",
                "median",
                "missed",
              ] as const
            ).map((c) => (
              <th key={c} scope="col" className={TH}>
                {c === "label" ? t(`scorecards.byOption.${by}`) : t(`scorecards.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className="border-b border-slate-100 last:border-0"
              data-testid="scorecard-row"
              data-key={r.key}
            >
              <th scope="row" className="min-w-24 px-2 py-1.5 text-left font-normal">
                <Name by={by} row={r} />
              </th>
              <td className={TD}>{n(r.shipments)}</td>
              <td className={TD} data-testid="cell-discrepancies">
                {n(r.discrepancies)}
              </td>
              <td className={TD}>{format.number(r.perHundred, { maximumFractionDigits: 1 })}</td>
              <td className={TD}>{n(r.photos)}</td>
              <td className={TD}>
                {n(r.units_expected)} / {n(r.units_received)}
              </td>
              <td className={TD}>{n(r.short_units)}</td>
              <td className={TD}>{n(r.decided)}</td>
              <td className={TD} data-testid="cell-claimed">
                {money(r.claimed.amount)}
                <span className="block text-xs text-slate-600">
                  {t("scorecards.claims", { count: r.claimed.count })}
                </span>
              </td>
              <td className={TD} data-testid="cell-recovered">
                {money(r.recovered.amount)}
              </td>
              <td className={TD}>
                {r.recovery_rate === null
                  ? "—"
                  : format.number(r.recovery_rate, { style: "percent", maximumFractionDigits: 0 })}
              </td>
              <td className={TD}>
                {r.median_days_to_claim === null
                  ? "—"
                  : format.number(r.median_days_to_claim, { maximumFractionDigits: 1 })}
              </td>
              <td className={TD}>{n(r.deadlines_missed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The figures one chart draws, as a table beside it (what a screen reader reads instead). */
export function ChartTable({
  by,
  rows,
  columns,
}: {
  by: ScorecardBy;
  rows: ChartRow[];
  columns: { name: string; value: (r: ChartRow) => string }[];
}) {
  const t = useTranslations();
  return (
    <table className="w-full self-start rounded-lg border border-slate-200 bg-white text-sm" data-testid="chart-table">
      <thead className="border-b border-slate-200">
        <tr>
          <th scope="col" className={TH}>
            {t(`scorecards.byOption.${by}`)}
          </th>
          {columns.map((c) => (
            <th key={c.name} scope="col" className={TH}>
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 10).map((r) => (
          <tr key={r.key} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="px-2 py-1.5 text-left font-normal">
              <OutsideText text={r.name} />
            </th>
            {columns.map((c) => (
              <td key={c.name} className={TD}>
                {c.value(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
