"use client";

// The photo grid for shipments of up to VIRTUALIZE_ABOVE photos: every tile is in the page, so
// find-in-page works. A section per SKU (its heading with the product and catalog on one line),
// holding a grid of discrepancy cards ordered by reason.

import { useTranslations } from "next-intl";
import { memo, useId } from "react";
import { OutsideText } from "@/components/ui/outside-text";
import type { PhotoGroups as Groups } from "@/lib/photos/grouping";
import type { Photo } from "@/lib/photos/types";
import { skuAnchor } from "@/lib/photos/view";
import { visibleText } from "@/lib/photos/visible-text";
import { DiscrepancyCard } from "./discrepancy-card";
import { SkuHeading, type TileHandlers, TileList, UnrecognisedHeading } from "./group-headings";

export interface GroupsProps extends TileHandlers {
  groups: Groups;
  /** SKUs whose photos are folded away (plain grid only). */
  collapsed?: ReadonlySet<string>;
  onToggleSku?: (sku: string) => void;
  /** Rendered with each SKU heading (its quantity and catalog strip). */
  renderSkuAside?: (sku: string) => React.ReactNode;
  /** One line on each discrepancy card: the SKU with its product and expected quantity. */
  renderSkuLine?: (sku: string) => React.ReactNode;
  /** Each discrepancy's decision, by entity_id. */
  renderDiscrepancyAside?: (entityId: string, label: string) => React.ReactNode;
}

/** The frame of a decision that is not inside a discrepancy card. */
export const DECISION_FRAME = "mt-1 rounded-md border border-slate-200 bg-white";

/** Each distinct entity_id among photos with unrecognised keys is a discrepancy of its own. */
export function UnrecognisedAsides({
  photos,
  render,
}: {
  photos: Photo[];
  render?: GroupsProps["renderDiscrepancyAside"];
}) {
  const t = useTranslations();
  if (!render) return null;
  const ids = [...new Set(photos.map((p) => p.entity_id))];
  return (
    <div className="mt-2 space-y-2">
      {ids.map((id) => (
        <div key={id}>
          <p className="break-all font-mono text-xs text-slate-600">
            <OutsideText text={id} />
          </p>
          <div className={DECISION_FRAME}>{render(id, t("grid.unrecognisedLabel", { key: visibleText(id) }))}</div>
        </div>
      ))}
    </div>
  );
}

/**
 * Memoized: the review re-renders whenever its photo list is searched again (every few seconds
 * while photos are processing); with the same groups and handlers the grid is left as it is.
 */
export const PhotoGroups = memo(function PhotoGroups({
  groups,
  onOpen,
  onImageError,
  renderSkuAside,
  renderSkuLine,
  renderDiscrepancyAside,
  collapsed,
  onToggleSku,
}: GroupsProps) {
  const base = useId();
  // Page-wide photo index of each card's first photo: the first few thumbnails load at once.
  let before = 0;
  return (
    <div className="space-y-4">
      {groups.skus.map((sku, s) => {
        const folded = collapsed?.has(sku.sku) ?? false;
        return (
          <section
            key={sku.sku}
            id={skuAnchor(s)}
            // Off screen, a SKU's cards are neither styled nor laid out until scrolled near (most
            // of them on a phone when the page opens); the browser keeps the last size it had.
            className="scroll-mt-20 [content-visibility:auto] [contain-intrinsic-size:auto_30rem]"
            data-testid="sku-group"
            data-sku={sku.sku}
            aria-labelledby={`${base}s${s}`}
          >
            <SkuHeading
              id={`${base}s${s}`}
              sku={sku.sku}
              count={sku.count}
              lookalike={sku.lookalike}
              toggle={
                onToggleSku
                  ? { expanded: !folded, controls: `${base}s${s}c`, onToggle: () => onToggleSku(sku.sku) }
                  : undefined
              }
            >
              {renderSkuAside?.(sku.sku)}
            </SkuHeading>
            {!folded && (
              // Cards flow in a grid: reasons in order, each card wearing its reason's badge.
              <ul
                id={`${base}s${s}c`}
                className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] items-start gap-3"
              >
                {sku.reasons.flatMap((reason, r) =>
                  reason.discrepancies.map((d, i) => {
                    const firstIndex = before;
                    before += d.photos.length;
                    return (
                      <DiscrepancyCard
                        key={`${reason.reasonCode}|${d.discrepancyId}`}
                        id={`${base}s${s}r${r}d${i}`}
                        sku={sku.sku}
                        reasonCode={reason.reasonCode}
                        discrepancyId={d.discrepancyId}
                        photos={d.photos}
                        skuLine={renderSkuLine?.(sku.sku)}
                        renderDecision={renderDiscrepancyAside}
                        firstIndex={firstIndex}
                        onOpen={onOpen}
                        onImageError={onImageError}
                      />
                    );
                  }),
                )}
              </ul>
            )}
          </section>
        );
      })}
      {groups.unrecognised.length > 0 && (
        <section data-testid="unrecognised-group" aria-labelledby={`${base}u`}>
          <UnrecognisedHeading id={`${base}u`} count={groups.unrecognised.length} />
          <UnrecognisedAsides photos={groups.unrecognised} render={renderDiscrepancyAside} />
          <TileList
            photos={groups.unrecognised}
            className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(4.5rem,8rem))] gap-1.5"
            onOpen={onOpen}
            onImageError={onImageError}
          />
        </section>
      )}
    </div>
  );
});
