"use client";
// Who did what to one decision, newest first, from the shipment's audit events.
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { ErrorPanel } from "@/components/ui/error-panel";
import { useDisplayNames } from "@/components/ui/use-display-names";
import { queries } from "@/lib/api/queries";
import { describeEvent } from "@/lib/decisions/labels";
import { formatIsoTime } from "@/lib/photos/format";

export function DecisionHistory({ shipmentId, entityId }: { shipmentId: string; entityId: string }) {
  const activity = useQuery(queries.activity(shipmentId));
  const shown = useDisplayNames();
  const t = useTranslations();
  const locale = useLocale();
  const events = (activity.data?.events ?? []).filter((e) => e.entity_id === entityId);
  return (
    <section aria-label={t("history.title")}>
      <h5 className="font-medium">{t("history.title")}</h5>
      {activity.error ? (
        <ErrorPanel error={activity.error} title={t("history.failed")} onRetry={() => void activity.refetch()} />
      ) : events.length === 0 ? (
        <p className="text-slate-600">{activity.isPending ? t("history.loading") : t("history.empty")}</p>
      ) : (
        <ol className="mt-1 space-y-1" data-testid="decision-history">
          {events.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-2">
              <span className="break-words">{describeEvent(t, e, locale)}</span>{" "}
              <span className="text-slate-600">
                {t.rich("history.by", {
                  name: shown(e.actor),
                  at: formatIsoTime(e.at, undefined, locale),
                  time: (chunks) => <time dateTime={e.at}>{chunks}</time>,
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
