"use client";
// Where the worklist's shipments come from: when the Sitoo Shipments sync last ran, what failed,
// or why the shipment list is unavailable (then the list holds what reviewers have opened).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { BUTTON } from "@/components/ui/form-styles";
import { HydratedButton } from "@/components/ui/hydrated-controls";
import { useCan } from "@/components/ui/role";
import { errorText } from "@/lib/api/error-text";
import { fetchJson } from "@/lib/api/fetcher";
import { apiPaths } from "@/lib/api/paths";
import { formatIsoTime } from "@/lib/photos/format";
import type { SyncStatus } from "@/lib/shipments/model";

const LINE = "flex flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-700";
// On a phone the line's text takes two lines in its usual state ("checked <day, time>: N known"):
// held at two in every state, so that the state's arrival moves nothing.
const TEXT = "max-sm:min-h-10";

/**
 * `pending`: the worklist's first page (which carries the sync's state) has not come yet. Then a
 * line of the same shape holds the place, so that its arrival moves nothing below it (on a phone the
 * filters used to jump 80 px).
 */
export function SyncStatusLine({ sync, pending }: { sync: SyncStatus | undefined; pending: boolean }) {
  const client = useQueryClient();
  const t = useTranslations();
  const locale = useLocale();
  const check = useMutation({
    mutationFn: () => fetchJson<{ sync: SyncStatus }>(apiPaths.sync(), { method: "POST" }),
    onSettled: () => client.invalidateQueries({ queryKey: ["worklist"] }),
  });
  // Offered while the list is unavailable too: once an administrator has fixed access, one click
  // checks. Reviewers only: a viewer's press would be refused.
  const canCheck = useCan("reviewer");
  const checkNow = canCheck && (
    <>
      <HydratedButton className={`${BUTTON} text-sm`} disabled={check.isPending} onClick={() => check.mutate()}>
        {check.isPending ? t("sync.checking") : t("sync.check")}
      </HydratedButton>
      {check.error && <span className="text-red-800">{t("sync.checkFailed", { reason: check.error.message })}</span>}
    </>
  );
  if (!sync)
    return pending ? (
      <div className={LINE}>
        <span className={TEXT} role="status">
          {t("sync.loading")}
        </span>
        {checkNow}
      </div>
    ) : null;
  if (sync.unavailable)
    return (
      <div
        className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        role="status"
        data-testid="shipments-unavailable"
      >
        <p className="font-medium">{t("sync.unavailable")}</p>
        <p className="mt-1">{errorText(t, locale, sync.unavailable.code, sync.unavailable.message)}</p>
        <p className="mt-1">{t("sync.unavailableHint")}</p>
        {sync.enabled && canCheck && <div className="mt-2 flex flex-wrap items-center gap-2">{checkNow}</div>}
      </div>
    );
  const run = sync.last_run;
  return (
    <div className={LINE} data-testid="sync-status">
      <span className={TEXT} role="status">
        {!run
          ? t("sync.never")
          : !run.finished_at
            ? t("sync.running", { since: formatIsoTime(run.started_at, undefined, locale) })
            : t("sync.done", { at: formatIsoTime(run.finished_at, undefined, locale), known: sync.shipments_known })}
      </span>
      {run?.finished_at && !run.ok && (
        <span className="text-amber-900" data-testid="sync-failure">
          {run.failed > 0 ? t("sync.failedCount", { count: run.failed }) : ""}
          {run.error ? errorText(t, locale, run.error_code, run.error) : ""}
        </span>
      )}
      {checkNow}
    </div>
  );
}
