"use client";
// The team's worklist: discrepancies across shipments, oldest first, filtered in the query string,
// each linking to its review page filtered to it.
import { useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ClaimDeadline } from "@/components/ui/claim-deadline";
import { ErrorPanel } from "@/components/ui/error-panel";
import { BUTTON } from "@/components/ui/form-styles";
import { OutsideText } from "@/components/ui/outside-text";
import { useDisplayNames } from "@/components/ui/use-display-names";
import { apiPaths } from "@/lib/api/paths";
import { queries } from "@/lib/api/queries";
import { recoverySummary } from "@/lib/decisions/labels";
import { reviewLink } from "@/lib/decisions/worklist-view";
import { formatIsoTime, idLength, shortId } from "@/lib/photos/format";
import { reasonLabel } from "@/lib/photos/labels";
import { visibleText } from "@/lib/photos/visible-text";
import { DecisionChip } from "../decisions/decision-chip";
import { SyncStatusLine } from "./sync-status";
import { useWorklistView } from "./use-worklist-view";
import { WorklistFilters } from "./worklist-filters";

export function Worklist() {
  const { view, setView } = useWorklistView();
  const query = useInfiniteQuery({
    ...queries.worklist(view),
    // While a sync runs (or the one at start is still to come) the list is filling: look again soon.
    refetchInterval: (q) => {
      const sync = q.state.data?.pages[0]?.sync;
      const run = sync?.last_run;
      const running = run ? !run.finished_at : Boolean(sync?.enabled && sync.interval_seconds > 0);
      return running ? 2_000 : 60_000;
    },
  });
  const shown = useDisplayNames();
  const t = useTranslations();
  const locale = useLocale();
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.discrepancies) ?? [], [query.data]);
  // Discrepancy IDs as short as they can be while still telling the listed ones apart.
  const ids = useMemo(() => idLength(items.flatMap((i) => (i.discrepancy_id ? [i.discrepancy_id] : []))), [items]);
  const counts = query.data?.pages[0]?.counts;
  const sync = query.data?.pages[0]?.sync;

  return (
    <section aria-labelledby="worklist-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="worklist-heading" className="text-xl font-semibold">
          {t("worklist.title")}
        </h2>
        <a className="text-sm font-medium text-brand-700 underline" href={apiPaths.worklistCsv(view)} download>
          {t("worklist.export")}
        </a>
      </div>
      <p className="text-sm text-slate-600">{t("worklist.intro")}</p>
      <SyncStatusLine sync={sync} pending={query.isPending} />
      <WorklistFilters view={view} onChange={setView} counts={counts} />
      {view.group && (
        <p className="text-sm text-slate-700" data-testid="worklist-group">
          {t(`worklist.group.${view.group.kind}`, {
            value: visibleText(view.group.value) || t("worklist.groupUnknown"),
          })}{" "}
          <button type="button" className="underline" onClick={() => setView({ ...view, group: null })}>
            {t("worklist.clearGroup")}
          </button>
        </p>
      )}
      {query.error ? (
        <ErrorPanel error={query.error} title={t("worklist.failed")} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p role="status" className="text-sm text-slate-600">
          {t("worklist.loading")}
        </p>
      ) : items.length === 0 ? (
        <p className="rounded-md border border-slate-200 bg-white p-4 text-slate-700" data-testid="worklist-empty">
          {t("worklist.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="worklist">
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th className="px-3 py-2">{t("worklist.column.discrepancy")}</th>
                <th className="px-3 py-2">{t("worklist.column.reason")}</th>
                <th className="px-3 py-2">{t("worklist.column.photos")}</th>
                <th className="px-3 py-2">{t("worklist.column.status")}</th>
                <th className="px-3 py-2">{t("worklist.column.assignee")}</th>
                <th className="px-3 py-2">{t("worklist.column.arrived")}</th>
                <th className="px-3 py-2">{t("worklist.column.claimBy")}</th>
                <th className="px-3 py-2">{t("worklist.column.firstSeen")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr
                  key={item.entity_id}
                  className="border-b border-slate-100 last:border-0"
                  data-testid="worklist-row"
                  data-entity={item.entity_id}
                >
                  <td className="px-3 py-2">
                    <Link href={reviewLink(item)} prefetch={false} className="font-medium text-brand-700 underline">
                      <span className="font-mono">{item.shipment_id}</span>
                      {item.sku ? (
                        <>
                          {" · "}
                          <span className="font-mono">
                            <OutsideText text={item.sku} />
                          </span>
                          {" · "}
                          <OutsideText text={shortId(item.discrepancy_id ?? "", ids)} />
                        </>
                      ) : (
                        t("worklist.unrecognised")
                      )}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{item.reason_code ? reasonLabel(t, item.reason_code) : "—"}</td>
                  <td className="px-3 py-2">{item.photo_count}</td>
                  <td className="px-3 py-2">
                    <DecisionChip status={item.status} />
                    {item.recovered_amount !== null && item.recovered_currency && (
                      <span className="block text-xs text-emerald-800" data-testid="worklist-recovery">
                        {recoverySummary(
                          t,
                          item.claim_party
                            ? {
                                party: item.claim_party,
                                reference: null,
                                amount: item.claim_amount,
                                currency: item.claim_currency,
                              }
                            : null,
                          {
                            amount: item.recovered_amount,
                            currency: item.recovered_currency,
                            reference: item.recovered_reference,
                            at: item.recovered_at ?? "",
                          },
                          locale,
                        )}
                      </span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {item.assignee ? (
                      shown(item.assignee)
                    ) : (
                      <span className="text-slate-500">{t("decision.unassigned")}</span>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {item.arrived_at ? (
                      formatIsoTime(item.arrived_at, undefined, locale)
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {item.claim_deadline ? (
                      <ClaimDeadline deadline={item.claim_deadline} />
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatIsoTime(item.first_seen_at, undefined, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className={`${BUTTON} text-sm`}
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? t("worklist.loadingMore") : t("worklist.more")}
        </button>
      )}
    </section>
  );
}
