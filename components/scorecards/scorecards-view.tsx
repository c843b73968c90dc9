"use client";
// The scorecards page: group by, the arrival range and CSV; then the charts, each beside its table,
// and the full table. The range and grouping live in the query string (copy the address to share).
import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import { BUTTON, FIELD } from "@/components/ui/form-styles";
import { apiPaths } from "@/lib/api/paths";
import { type ScorecardView, scorecardSearch, scorecardsQuery } from "@/lib/api/scorecards";
import { mainCurrency, SCORECARD_BY, type ScorecardBy } from "@/lib/scorecards/model";
import type { ChartRow } from "./scorecards-charts";
import { ChartTable, FullTable, useMoney } from "./scorecards-table";

// Recharts loads only here, after the page and its tables are up.
const charts = () => import("./scorecards-charts");
const PerHundredChart = dynamic(() => charts().then((m) => m.PerHundredChart), { ssr: false });
const ClaimedChart = dynamic(() => charts().then((m) => m.ClaimedChart), { ssr: false });
const MonthsChart = dynamic(() => charts().then((m) => m.MonthsChart), { ssr: false });

export function ScorecardsView({ initial }: { initial: ScorecardView }) {
  const t = useTranslations();
  const format = useFormatter();
  const money = useMoney();
  const [view, setView] = useState(initial);
  const change = (next: ScorecardView) => {
    setView(next);
    window.history.replaceState(null, "", `${window.location.pathname}?${scorecardSearch(next)}`);
  };
  const answer = useQuery(scorecardsQuery(view));
  const unknown = t("scorecards.unknown");
  const rows: ChartRow[] = (answer.data?.rows ?? []).map((r) => ({
    ...r,
    name: r.label || unknown,
    perHundred: r.shipments ? (100 * r.discrepancies) / r.shipments : 0,
  }));
  const byCost = [...rows].sort((a, b) => b.perHundred - a.perHundred || a.name.localeCompare(b.name));
  const totals = rows.reduce(
    (m, r) => {
      for (const [c, n] of Object.entries(r.claimed.amount)) m[c] = (m[c] ?? 0) + n;
      return m;
    },
    {} as Record<string, number>,
  );
  const currency = mainCurrency(totals);
  const party = view.by === "supplier" || view.by === "carrier";

  return (
    <div className="space-y-4">
      <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col gap-1 text-sm">
          {t("scorecards.by")}
          <select
            className={FIELD}
            value={view.by}
            onChange={(e) => change({ ...view, by: e.target.value as ScorecardBy })}
          >
            {SCORECARD_BY.map((b) => (
              <option key={b} value={b}>
                {t(`scorecards.byOption.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("scorecards.from")}
          <input
            type="date"
            className={FIELD}
            value={view.from}
            max={view.to}
            onChange={(e) => e.target.value && change({ ...view, from: e.target.value })}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("scorecards.to")}
          <input
            type="date"
            className={FIELD}
            value={view.to}
            min={view.from}
            onChange={(e) => e.target.value && change({ ...view, to: e.target.value })}
          />
        </label>
        <a
          className={`${BUTTON} inline-flex items-center bg-white text-sm`}
          href={apiPaths.scorecardsCsv(scorecardSearch(view))}
          download
          data-testid="scorecards-csv"
        >
          {t("scorecards.csv")}
        </a>
      </form>
      {answer.isPending ? (
        <p role="status">{t("scorecards.loading")}</p>
      ) : answer.isError ? (
        <ErrorPanel title={t("scorecards.failed")} error={answer.error} onRetry={() => answer.refetch()} />
      ) : rows.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4" data-testid="scorecards-empty">
          {t("scorecards.empty")}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700" data-testid="scorecards-summary">
            {t("scorecards.summary", {
              shipments: rows.reduce((n, r) => n + r.shipments, 0),
              discrepancies: rows.reduce((n, r) => n + r.discrepancies, 0),
              from: format.dateTime(new Date(`${view.from}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
              to: format.dateTime(new Date(`${view.to}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
            })}
          </p>
          {view.by === "month" ? (
            <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
              <MonthsChart rows={rows} />
              <ChartTable
                by={view.by}
                rows={[...rows].sort((a, b) => a.key.localeCompare(b.key))}
                columns={[
                  { name: t("scorecards.column.discrepancies"), value: (r) => format.number(r.discrepancies) },
                  { name: t("scorecards.column.claimed"), value: (r) => format.number(r.claimed.count) },
                ]}
              />
            </div>
          ) : (
            <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
              <PerHundredChart rows={byCost} />
              <ChartTable
                by={view.by}
                rows={byCost}
                columns={[
                  {
                    name: t("scorecards.column.perHundred"),
                    value: (r) => format.number(r.perHundred, { maximumFractionDigits: 1 }),
                  },
                  { name: t("scorecards.column.shipments"), value: (r) => format.number(r.shipments) },
                ]}
              />
              {party && currency && (
                <>
                  <ClaimedChart
                    rows={[...rows].sort(
                      (a, b) => (b.claimed.amount[currency] ?? 0) - (a.claimed.amount[currency] ?? 0),
                    )}
                    currency={currency}
                  />
                  <ChartTable
                    by={view.by}
                    rows={[...rows]
                      .filter((r) => r.claimed.amount[currency] !== undefined)
                      .sort((a, b) => (b.claimed.amount[currency] ?? 0) - (a.claimed.amount[currency] ?? 0))}
                    columns={[
                      {
                        name: t("scorecards.column.claimed"),
                        value: (r) => money({ [currency]: r.claimed.amount[currency] ?? 0 }),
                      },
                      {
                        name: t("scorecards.column.recovered"),
                        value: (r) => money({ [currency]: r.recovered.amount[currency] ?? 0 }),
                      },
                    ]}
                  />
                </>
              )}
            </div>
          )}
          <FullTable by={view.by} rows={rows} />
        </>
      )}
    </div>
  );
}
