"use client";

// The photo grid for shipments of up to VIRTUALIZE_ABOVE photos: every tile is in the page, so
// find-in-page works. Sections nest SKU → reason → discrepancy, each named by its heading.

import { useId } from "react";
import { skuAnchor } from "@/components/shipment/sku-index";
import { OutsideText } from "@/components/ui/outside-text";
import { useShortId } from "@/components/ui/short-id";
import { TILE_GRID_CLASS } from "@/lib/photos/grid-rows";
import type { PhotoGroups as Groups } from "@/lib/photos/grouping";
import { discrepancyName } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";
import {
  DiscrepancyHeading,
  ReasonHeading,
  SkuHeading,
  type TileHandlers,
  TileList,
  UnrecognisedHeading,
} from "./group-headings";

export interface GroupsProps extends TileHandlers {
  groups: Groups;
  /** SKUs whose photos are folded away (plain grid only). */
  collapsed?: ReadonlySet<string>;
  onToggleSku?: (sku: string) => void;
  /** Rendered under each SKU heading (the catalog strip). */
  renderSkuAside?: (sku: string) => React.ReactNode;
  /** Rendered under each discrepancy heading, by entity_id (its decision). */
  renderDiscrepancyAside?: (entityId: string, label: string) => React.ReactNode;
}

/** Each distinct entity_id among photos with unrecognised keys is a discrepancy of its own. */
export function UnrecognisedAsides({
  photos,
  render,
}: {
  photos: Photo[];
  render?: GroupsProps["renderDiscrepancyAside"];
}) {
  if (!render) return null;
  const ids = [...new Set(photos.map((p) => p.entity_id))];
  return (
    <div className="mt-2 space-y-2">
      {ids.map((id) => (
        <div key={id}>
          <p className="break-all font-mono text-xs text-slate-600">
            <OutsideText text={id} />
          </p>
          {render(id, `unrecognised key ${visibleText(id)}`)}
        </div>
      ))}
    </div>
  );
}

export function PhotoGroups({
  groups,
  onOpen,
  onImageError,
  renderSkuAside,
  renderDiscrepancyAside,
  collapsed,
  onToggleSku,
}: GroupsProps) {
  const base = useId();
  const short = useShortId();
  const tiles = `mt-2 grid gap-2 ${TILE_GRID_CLASS}`;
  return (
    <div className="space-y-8">
      {groups.skus.map((sku, s) => (
        <section
          key={sku.sku}
          id={skuAnchor(s)}
          className="scroll-mt-20"
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
                ? {
                    expanded: !collapsed?.has(sku.sku),
                    controls: `${base}s${s}c`,
                    onToggle: () => onToggleSku(sku.sku),
                  }
                : undefined
            }
          />
          {!collapsed?.has(sku.sku) && (
            <div id={`${base}s${s}c`}>
              {renderSkuAside?.(sku.sku)}
              <div className="mt-3 space-y-5 border-l-2 border-slate-200 pl-4">
                {sku.reasons.map((reason, r) => (
                  <section
                    key={reason.reasonCode}
                    data-testid="reason-group"
                    data-reason={reason.reasonCode}
                    aria-labelledby={`${base}s${s} ${base}s${s}r${r}`}
                  >
                    <ReasonHeading id={`${base}s${s}r${r}`} reasonCode={reason.reasonCode} count={reason.count} />
                    {reason.discrepancies.map((d, i) => (
                      <div
                        key={d.discrepancyId}
                        className="mt-3 scroll-mt-20 rounded-md data-[current=true]:ring-2 data-[current=true]:ring-brand-500 data-[current=true]:ring-offset-4"
                        data-testid="discrepancy-group"
                        data-discrepancy={d.discrepancyId}
                      >
                        <DiscrepancyHeading
                          id={`${base}s${s}r${r}d${i}`}
                          discrepancyId={d.discrepancyId}
                          count={d.photos.length}
                        />
                        {renderDiscrepancyAside?.(
                          d.photos[0]!.entity_id,
                          discrepancyName(sku.sku, reason.reasonCode, d.discrepancyId, short),
                        )}
                        <TileList photos={d.photos} className={tiles} onOpen={onOpen} onImageError={onImageError} />
                      </div>
                    ))}
                  </section>
                ))}
              </div>
            </div>
          )}
        </section>
      ))}
      {groups.unrecognised.length > 0 && (
        <section data-testid="unrecognised-group" aria-labelledby={`${base}u`}>
          <UnrecognisedHeading id={`${base}u`} count={groups.unrecognised.length} />
          <UnrecognisedAsides photos={groups.unrecognised} render={renderDiscrepancyAside} />
          <TileList photos={groups.unrecognised} className={tiles} onOpen={onOpen} onImageError={onImageError} />
        </section>
      )}
    </div>
  );
}
