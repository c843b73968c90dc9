"use client";

import { HydrationBoundary } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Suspense, use, useCallback, useEffect, useMemo, useState } from "react";
import { CatalogNotice, CatalogStrip } from "@/components/catalog/catalog-strip";
import { useCatalog } from "@/components/catalog/use-catalog";
import { DecisionCard } from "@/components/decisions/decision-card";
import { DecisionProgress } from "@/components/decisions/decision-progress";
import { useDecisions } from "@/components/decisions/use-decisions";
import { EvidenceActions } from "@/components/evidence/evidence-actions";
import { type GroupsProps, PhotoGroups } from "@/components/photo-grid/photo-groups";
import { VirtualPhotoGroups } from "@/components/photo-grid/virtual-photo-groups";
import { CopyLinkButton } from "@/components/ui/copy-link-button";
import { ErrorPanel } from "@/components/ui/error-panel";
import { IdLengthProvider } from "@/components/ui/short-id";
import { useWaitingSeconds } from "@/components/ui/use-waiting";
import { errorText } from "@/lib/api/error-text";
import { ApiError } from "@/lib/api/fetcher";
import { idLength } from "@/lib/photos/format";
import { groupPhotos, orderedPhotos, summarize } from "@/lib/photos/grouping";
import type { FirstPhotoPage } from "@/lib/photos/types";
import { hasFilters, matchesView } from "@/lib/photos/view";
import { DidYouMean } from "./did-you-mean";
import { Filters } from "./filters";
import { rememberShipment } from "./recent-shipments-storage";
import { ReviewSkeleton, StreamWait } from "./review-skeleton";
import { ShipmentRecordPanel } from "./shipment-record";
import { ShortcutsHelp } from "./shortcuts-help";
import { SkuIndex } from "./sku-index";
import { SkuLine, SkuQuantity } from "./sku-quantity";
import { SummaryBar } from "./summary-bar";
import { useReviewShortcuts } from "./use-review-shortcuts";
import { useShipmentPhotos } from "./use-shipment-photos";
import { useView } from "./use-view";

// Up to this many photos every tile is in the page (find-in-page works); beyond it, only the
// rows near the viewport are.
const VIRTUALIZE_ABOVE = 1000;

// The viewer's code loads only when a photo is opened.
const PhotoViewer = dynamic(() => import("@/components/photo/viewer/photo-viewer").then((m) => m.PhotoViewer), {
  ssr: false,
});

/**
 * The review page. The first page of photos comes with the page when Sitoo answered in time; else
 * the server streams it in as it arrives, and until then the page's frame shows (title, a skeleton
 * saying what it waits for).
 */
export function ShipmentReview({
  shipmentId,
  firstPage,
}: {
  shipmentId: string;
  /** The first page when the server had it before the page went out, else the promise of it. */
  firstPage: FirstPhotoPage | Promise<FirstPhotoPage>;
}) {
  // No Suspense boundary when the page is here: React's server render sends a large boundary's
  // placeholder first and its content after it even when the content is ready, and a placeholder
  // the browser has painted stays up at least 300 ms.
  // (A promise from the server component is React's own thenable in the browser: told by `then`.)
  if (!("then" in firstPage)) return <WithFirstPage shipmentId={shipmentId} first={firstPage} />;
  return (
    <>
      <StreamWait key={shipmentId} />
      <Suspense
        fallback={
          // No shipment record here: a query this placeholder started in the browser would be in the
          // cache, still pending, when the streamed part hydrates, and TanStack Query applies the
          // record the server sent with that part only after hydration: the server's HTML and the
          // browser's first render would differ (React error 418) and React would redraw the page.
          <ReviewFrame shipmentId={shipmentId} overview={null}>
            <ReviewSkeleton streaming />
          </ReviewFrame>
        }
      >
        <Streamed shipmentId={shipmentId} firstPage={firstPage} />
      </Suspense>
    </>
  );
}

function Streamed({ shipmentId, firstPage }: { shipmentId: string; firstPage: Promise<FirstPhotoPage> }) {
  return <WithFirstPage shipmentId={shipmentId} first={use(firstPage)} />;
}

function WithFirstPage({ shipmentId, first }: { shipmentId: string; first: FirstPhotoPage }) {
  return (
    <HydrationBoundary state={"seed" in first ? first.seed : undefined}>
      <Review shipmentId={shipmentId} first={first} />
    </HydrationBoundary>
  );
}

/** The title with the page's actions, then (wide screens) the overview column beside the cards. */
function ReviewFrame({
  shipmentId,
  actions,
  overview,
  children,
}: {
  shipmentId: string;
  actions?: React.ReactNode;
  overview: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <p className="text-sm text-slate-600">
            <Link href="/" className="underline">
              {t("review.shipments")}
            </Link>{" "}
            /
          </p>
          <h1 className="text-xl font-semibold sm:text-2xl">
            {t.rich("review.title", {
              id: shipmentId,
              mono: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-2" data-print="hide">
          {actions}
          <CopyLinkButton />
        </div>
      </div>
      {/* A workbench on wide screens: the overview (counts, SKUs, filters, then the record) stays in
          a column beside the cards; on narrow ones it comes first, the record (folded) leading. */}
      <div className="lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:items-start lg:gap-6">
        <section
          aria-label={t("review.overview")}
          className="flex flex-col gap-3 lg:sticky lg:top-3 lg:max-h-[calc(100dvh-1.5rem)] lg:overflow-y-auto lg:pb-2"
        >
          {overview}
        </section>
        <div className="mt-4 min-w-0 space-y-4 lg:mt-0">{children}</div>
      </div>
    </div>
  );
}

function Review({ shipmentId, first }: { shipmentId: string; first: FirstPhotoPage }) {
  const {
    photos,
    isLoading,
    error,
    isComplete,
    retry,
    refreshUrls,
    stoppedPartWay,
    refreshFailed,
    nextTryAt,
    isFetchingMore,
  } = useShipmentPhotos(shipmentId, first);
  const waitingForMore = useWaitingSeconds(isFetchingMore);
  const t = useTranslations();
  const locale = useLocale();
  const { view, setView, hrefOf } = useView();
  const decisions = useDecisions(shipmentId);
  // The shipment record arrives on its own: the quantity lines and deadline chips read it
  // themselves, so its arrival re-renders them, not the whole photo grid.
  const renderDiscrepancyAside = useCallback(
    (entityId: string, label: string) =>
      decisions.ready ? (
        <DecisionCard shipmentId={shipmentId} decision={decisions.decisionOf(entityId)} label={label} />
      ) : null,
    [decisions.ready, decisions.decisionOf, shipmentId],
  );
  const renderSkuAside = useCallback(
    (sku: string) => (
      <>
        <CatalogStrip shipmentId={shipmentId} sku={sku} />
        <SkuQuantity shipmentId={shipmentId} sku={sku} />
      </>
    ),
    [shipmentId],
  );
  const renderSkuLine = useCallback((sku: string) => <SkuLine shipmentId={shipmentId} sku={sku} />, [shipmentId]);

  // Only a shipment that has photos goes to "Recently opened": a mistyped ID is not worth keeping.
  const hasPhotos = photos.length > 0;
  useEffect(() => {
    if (hasPhotos) rememberShipment(window.localStorage, shipmentId);
  }, [hasPhotos, shipmentId]);

  const visible = useMemo(() => photos.filter((p) => matchesView(p, view)), [photos, view]);
  const groups = useMemo(() => groupPhotos(visible), [visible]);
  const ordered = useMemo(() => orderedPhotos(groups), [groups]);
  const summary = useMemo(() => summarize(photos), [photos]);
  // Discrepancy IDs are shortened alike everywhere on the page, enough to tell all of them apart.
  const ids = useMemo(() => idLength(photos.flatMap((p) => (p.key ? [p.key.discrepancy_id] : []))), [photos]);
  const entityIds = useMemo(() => [...new Set(photos.map((p) => p.entity_id))], [photos]);
  const unrecognisedIds = useMemo(() => new Set(photos.filter((p) => !p.key).map((p) => p.entity_id)).size, [photos]);
  const openIndex = view.photo ? ordered.findIndex((p) => p.file_id === view.photo) : -1;
  // A shared link may open a photo that the filters hide: show it anyway rather than nothing.
  const openPhoto = openIndex >= 0 ? ordered[openIndex] : photos.find((p) => p.file_id === view.photo);

  const open = useMemo(
    () => ({
      open: (fileId: string) => setView({ ...view, photo: fileId }, "push"),
      href: (fileId: string) => hrefOf({ ...view, photo: fileId }),
    }),
    [view, setView, hrefOf],
  );
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const toggleSku = useCallback(
    (sku: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(sku)) next.add(sku);
        return next;
      }),
    [],
  );
  const [helpOpen, setHelpOpen] = useState(false);
  useReviewShortcuts(() => setHelpOpen(true));
  const virtual = visible.length > VIRTUALIZE_ABOVE;
  // The same props for both renderers: the virtualized grid is the plain one, windowed.
  const grid: GroupsProps = {
    groups,
    onOpen: open,
    onImageError: refreshUrls,
    renderSkuAside,
    renderSkuLine,
    renderDiscrepancyAside,
  };

  const loaded = !isLoading && !(error && photos.length === 0);
  const empty = photos.length === 0 && isComplete;
  const indexProps = {
    groups,
    statusOf: decisions.ready ? (id: string) => decisions.decisionOf(id).status : null,
    collapsed,
    onCollapseAll: (all: boolean) => setCollapsed(all ? new Set(groups.skus.map((s) => s.sku)) : new Set<string>()),
  };

  return (
    <IdLengthProvider value={ids}>
      <ReviewFrame
        shipmentId={shipmentId}
        actions={isComplete && <EvidenceActions shipmentId={shipmentId} view={view} photos={visible} />}
        overview={
          <>
            <div className="lg:order-last">
              <ShipmentRecordPanel shipmentId={shipmentId} />
            </div>
            {loaded && (
              <>
                <SummaryBar summary={summary} loading={!isComplete && !stoppedPartWay} partial={stoppedPartWay} />
                {decisions.error ? (
                  <ErrorPanel error={decisions.error} title={t("review.decisionsFailed")} onRetry={decisions.retry} />
                ) : (
                  decisions.ready &&
                  entityIds.length > 0 && (
                    <DecisionProgress
                      entityIds={entityIds}
                      unrecognised={unrecognisedIds}
                      statusOf={(id) => decisions.decisionOf(id).status}
                    />
                  )
                )}
                {!empty && !virtual && <SkuIndex {...indexProps} variant="list" />}
                {!empty && (
                  <div data-print="hide">
                    <Filters photos={photos} view={view} onChange={(v) => setView(v)} />
                  </div>
                )}
              </>
            )}
          </>
        }
      >
        {isLoading ? (
          <ReviewSkeleton />
        ) : !loaded ? (
          <ErrorPanel error={error} title={t("review.photosFailed")} onRetry={retry} />
        ) : (
          <>
            <CatalogNotice shipmentId={shipmentId} />
            {stoppedPartWay && (
              <ErrorPanel
                error={error}
                title={t("review.stopped", { loaded: photos.length, total: photos.length + 1 })}
                onRetry={retry}
              />
            )}
            {refreshFailed && (
              <p
                className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700"
                role="status"
                data-testid="refresh-notice"
              >
                {t("review.refreshFailed", {
                  reason:
                    error instanceof Error
                      ? t("review.refreshReason", {
                          reason: errorText(
                            t,
                            locale,
                            error instanceof ApiError ? error.code : null,
                            error.message,
                          ).replace(/\.$/, ""),
                        })
                      : "",
                  retry: nextTryAt ? t("review.retryAt", { time: new Date(nextTryAt).toLocaleTimeString(locale) }) : "",
                })}
              </p>
            )}
            {!isComplete && !error && (
              <p className="text-sm text-slate-600" role="status">
                {t("review.loadingMore", { count: photos.length })}
                {waitingForMore !== null && t("review.waitingMore", { seconds: waitingForMore })}
              </p>
            )}
            {empty ? (
              <div className="rounded-md border border-slate-200 bg-white p-6" data-testid="empty-state">
                <p className="font-semibold">
                  {t.rich("review.empty", {
                    id: shipmentId,
                    mono: (chunks) => <span className="font-mono">{chunks}</span>,
                  })}
                </p>
                <p className="mt-1 text-slate-600">{t("review.emptyHint")}</p>
                <DidYouMean shipmentId={shipmentId} />
              </div>
            ) : (
              <>
                {hasFilters(view) && (
                  <p className="text-sm text-slate-600">
                    {t("review.showing", { visible: visible.length, total: photos.length })}{" "}
                    <button type="button" className="underline" onClick={() => setView({})}>
                      {t("review.clearFilters")}
                    </button>
                  </p>
                )}
                {!virtual && <SkuIndex {...indexProps} variant="bar" />}
                {virtual ? (
                  <VirtualPhotoGroups {...grid} />
                ) : (
                  <PhotoGroups {...grid} collapsed={collapsed} onToggleSku={toggleSku} />
                )}
                <p className="text-sm text-slate-600" data-print="hide">
                  {t.rich("review.keys", { kbd: (chunks) => <kbd className="font-mono">{chunks}</kbd> })}
                </p>
              </>
            )}
          </>
        )}
      </ReviewFrame>
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      {openPhoto && (
        <CatalogPhotoViewer
          shipmentId={shipmentId}
          photo={openPhoto}
          position={openIndex >= 0 ? { index: openIndex, total: ordered.length } : null}
          onNavigate={(delta) => {
            const next = ordered[openIndex + delta];
            if (next) setView({ ...view, photo: next.file_id });
          }}
          onClose={() => setView({ ...view, photo: undefined })}
          onImageError={refreshUrls}
        />
      )}
    </IdLengthProvider>
  );
}

/** The viewer with the open photo's catalog product, read here: the catalog re-renders only this. */
function CatalogPhotoViewer({
  shipmentId,
  ...props
}: Omit<React.ComponentProps<typeof PhotoViewer>, "catalogImages" | "productName"> & { shipmentId: string }) {
  const sku = props.photo.key?.sku;
  const { bySku } = useCatalog(shipmentId);
  const entry = sku ? bySku.get(sku) : undefined;
  return <PhotoViewer {...props} catalogImages={entry?.images ?? []} productName={entry?.product?.title ?? null} />;
}
