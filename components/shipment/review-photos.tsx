"use client";
// The review's two columns once photos are here: the overview (counts, decision progress, the SKU
// index, the filters) and, above the grid, what the page says of the photos still coming, the
// paging that stopped, the refresh that failed and the filters that hide some.
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { DecisionProgress } from "@/components/decisions/decision-progress";
import type { useDecisions } from "@/components/decisions/use-decisions";
import { ErrorPanel } from "@/components/ui/error-panel";
import { useWaitingSeconds } from "@/components/ui/use-waiting";
import type { ReviewScreen } from "@/lib/photos/review-screen";
import { RefreshNotice } from "./review-notices";
import { SkuIndex } from "./sku-index";
import { SummaryBar } from "./summary-bar";
import type { usePhotoSets } from "./use-photo-sets";
import type { useShipmentPhotos } from "./use-shipment-photos";

export function ReviewOverview({
  screen,
  sets,
  decisions,
  index,
  filters,
}: {
  screen: ReviewScreen;
  sets: ReturnType<typeof usePhotoSets>;
  decisions: ReturnType<typeof useDecisions>;
  index: Omit<ComponentProps<typeof SkuIndex>, "variant">;
  filters: React.ReactNode;
}) {
  const t = useTranslations();
  const empty = screen === "empty";
  return (
    <>
      <SummaryBar summary={sets.summary} loading={screen === "arriving"} partial={screen === "partial"} />
      {decisions.error ? (
        <ErrorPanel error={decisions.error} title={t("review.decisionsFailed")} onRetry={decisions.retry} />
      ) : (
        decisions.ready &&
        sets.entityIds.length > 0 && (
          <DecisionProgress
            entityIds={sets.entityIds}
            unrecognised={sets.unrecognisedIds}
            statusOf={(id) => decisions.decisionOf(id).status}
          />
        )
      )}
      {!empty && <SkuIndex {...index} variant="list" />}
      {!empty && <div data-print="hide">{filters}</div>}
    </>
  );
}

export function ReviewPhotos({
  screen,
  photoList,
  shown,
  filtered,
  onClearFilters,
  index,
  children,
}: {
  screen: "arriving" | "partial" | "ready";
  photoList: ReturnType<typeof useShipmentPhotos>;
  /** How many photos the filters let through. */
  shown: number;
  filtered: boolean;
  onClearFilters: () => void;
  /** The SKU index as a bar above the grid (narrow screens). */
  index: React.ReactNode;
  /** The grid. */
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const { photos, error, retry } = photoList;
  const waitingForMore = useWaitingSeconds(photoList.isFetchingMore);
  return (
    <>
      {screen === "partial" && (
        <ErrorPanel
          error={error}
          title={t("review.stopped", { loaded: photos.length, total: photos.length + 1 })}
          onRetry={retry}
        />
      )}
      {photoList.refreshFailed && <RefreshNotice error={error} nextTryAt={photoList.nextTryAt} />}
      {screen === "arriving" && (
        <p className="text-sm text-slate-600" role="status">
          {t("review.loadingMore", { count: photos.length })}
          {waitingForMore !== null && t("review.waitingMore", { seconds: waitingForMore })}
        </p>
      )}
      {filtered && (
        <p className="text-sm text-slate-600">
          {t("review.showing", { visible: shown, total: photos.length })}{" "}
          <button type="button" className="underline" onClick={onClearFilters}>
            {t("review.clearFilters")}
          </button>
        </p>
      )}
      {index}
      {children}
      <p className="text-sm text-slate-600" data-print="hide">
        {t.rich("review.keys", { kbd: (chunks) => <kbd className="font-mono">{chunks}</kbd> })}
      </p>
    </>
  );
}
