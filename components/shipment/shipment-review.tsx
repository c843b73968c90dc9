"use client";

import { HydrationBoundary } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Suspense, use, useEffect, useMemo, useRef, useState } from "react";
import { CatalogNotice } from "@/components/catalog/catalog-strip";
import { useDecisions } from "@/components/decisions/use-decisions";
import { EvidenceActions } from "@/components/evidence/evidence-actions";
import { ShareDialog } from "@/components/links/share-dialog";
import { type GridHandle, PhotoGroups } from "@/components/photo-grid/photo-groups";
import { ErrorPanel } from "@/components/ui/error-panel";
import { useCan } from "@/components/ui/role";
import { IdLengthProvider } from "@/components/ui/short-id";
import { reviewScreen, showsOverview } from "@/lib/photos/review-screen";
import type { FirstPhotoPage } from "@/lib/photos/types";
import { hasFilters, type View } from "@/lib/photos/view";
import { CatalogPhotoViewer } from "./catalog-photo-viewer";
import { Filters } from "./filters";
import { rememberShipment } from "./recent-shipments-storage";
import { ReviewFrame } from "./review-frame";
import { EmptyReview } from "./review-notices";
import { ReviewOverview, ReviewPhotos } from "./review-photos";
import { ReviewSkeleton, StreamWait } from "./review-skeleton";
import { ShipmentRecordPanel } from "./shipment-record";
import { ShortcutsHelp } from "./shortcuts-help";
import { SkuIndex } from "./sku-index";
import { useCollapsedSkus } from "./use-collapsed-skus";
import { usePhotoSets } from "./use-photo-sets";
import { useReviewAsides } from "./use-review-asides";
import { useReviewShortcuts } from "./use-review-shortcuts";
import { useShipmentPhotos } from "./use-shipment-photos";
import { useView } from "./use-view";

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

/** What an evidence link made from a view shows: its SKU, reason and discrepancy filters. */
const linkScopeOf = (view: View) =>
  Object.fromEntries(
    Object.entries({ sku: view.sku, reason: view.reason, discrepancy: view.discrepancy }).filter(([, v]) => v),
  );

function Review({ shipmentId, first }: { shipmentId: string; first: FirstPhotoPage }) {
  const photoList = useShipmentPhotos(shipmentId, first);
  const { photos, error, isComplete, retry, refreshUrls, stoppedPartWay } = photoList;
  const t = useTranslations();
  const { view, setView, hrefOf } = useView();
  const decisions = useDecisions(shipmentId);
  const asides = useReviewAsides(shipmentId, decisions);
  const screen = reviewScreen({
    loading: photoList.isLoading,
    photos: photos.length,
    complete: isComplete,
    failed: !!error,
    stoppedPartWay,
  });

  // Only a shipment that has photos goes to "Recently opened": a mistyped ID is not worth keeping.
  const hasPhotos = photos.length > 0;
  useEffect(() => {
    if (hasPhotos) rememberShipment(window.localStorage, shipmentId);
  }, [hasPhotos, shipmentId]);

  const sets = usePhotoSets(photos, view);
  const { visible, groups, ordered } = sets;
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
  const { collapsed, toggleSku, collapseAll } = useCollapsedSkus();
  const [helpOpen, setHelpOpen] = useState(false);
  const grid = useRef<GridHandle>(null);
  const canShare = useCan("reviewer");
  // A view of one claimed discrepancy shares with the claim's party; anything else with the supplier.
  const sharePartyOf = (v: typeof view) => {
    const entity = v.discrepancy ? visible.find((p) => p.key?.discrepancy_id === v.discrepancy)?.entity_id : undefined;
    return (entity && decisions.ready ? decisions.decisionOf(entity).claim?.party : undefined) ?? "supplier";
  };
  useReviewShortcuts(() => setHelpOpen(true), grid);
  const index = {
    groups,
    statusOf: decisions.ready ? (id: string) => decisions.decisionOf(id).status : null,
    collapsed,
    onCollapseAll: (all: boolean) => collapseAll(all ? groups.skus.map((s) => s.sku) : []),
    onJump: (skuIndex: number) => grid.current?.showSku(skuIndex) ?? false,
  };

  return (
    <IdLengthProvider value={sets.ids}>
      <ReviewFrame
        shipmentId={shipmentId}
        actions={
          isComplete && (
            <>
              <EvidenceActions shipmentId={shipmentId} view={view} photos={visible} />
              {canShare && visible.length > 0 && (
                <ShareDialog shipmentId={shipmentId} scope={linkScopeOf(view)} party={sharePartyOf(view)} />
              )}
            </>
          )
        }
        overview={
          <>
            <div className="lg:order-last">
              <ShipmentRecordPanel shipmentId={shipmentId} />
            </div>
            {showsOverview(screen) && (
              <ReviewOverview
                screen={screen}
                sets={sets}
                decisions={decisions}
                index={index}
                filters={<Filters photos={photos} view={view} onChange={(v) => setView(v)} />}
              />
            )}
          </>
        }
      >
        {screen === "loading" ? (
          <ReviewSkeleton />
        ) : screen === "failed" ? (
          <ErrorPanel error={error} title={t("review.photosFailed")} onRetry={retry} />
        ) : (
          <>
            <CatalogNotice shipmentId={shipmentId} />
            {screen === "empty" ? (
              <EmptyReview shipmentId={shipmentId} />
            ) : (
              <ReviewPhotos
                screen={screen}
                photoList={photoList}
                shown={visible.length}
                filtered={hasFilters(view)}
                onClearFilters={() => setView({})}
                index={<SkuIndex {...index} variant="bar" />}
              >
                <PhotoGroups
                  handle={grid}
                  groups={groups}
                  onOpen={open}
                  onImageError={refreshUrls}
                  {...asides}
                  collapsed={collapsed}
                  onToggleSku={toggleSku}
                />
              </ReviewPhotos>
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
