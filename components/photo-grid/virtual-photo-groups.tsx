"use client";
// The photo grid for very large shipments: the same headings and tiles as PhotoGroups, flattened
// into rows (lib/photos/grid-rows) of which only those near the viewport are in the DOM.

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useShortId } from "@/components/ui/short-id";
import { columnsFor, TILE_GAP_PX, tileRowHeight, toGridRows } from "@/lib/photos/grid-rows";
import { discrepancyName } from "@/lib/photos/labels";
import { DiscrepancyHeading, ReasonDivider, SkuHeading, TileList, UnrecognisedHeading } from "./group-headings";
import { DECISION_FRAME, type GroupsProps, UnrecognisedAsides } from "./photo-groups";

/** Memoized, as PhotoGroups is: a search that changed nothing leaves the grid as it is. */
export const VirtualPhotoGroups = memo(function VirtualPhotoGroups({
  groups,
  onOpen,
  onImageError,
  renderSkuAside,
  renderDiscrepancyAside,
}: GroupsProps) {
  const base = useId();
  const short = useShortId();
  const t = useTranslations();
  const listRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(1024);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const update = () => {
      setWidth(el.clientWidth);
      setOffset(el.getBoundingClientRect().top + window.scrollY);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const columns = columnsFor(typeof window === "undefined" ? 1024 : window.innerWidth);
  const rows = useMemo(() => toGridRows(groups, columns), [groups, columns]);
  const tileRow = tileRowHeight(width, columns);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    // Estimates err high: rows measured taller than estimated push the end of the list away from
    // someone who has just scrolled to it. A discrepancy row carries its decision card.
    estimateSize: (i) => {
      const kind = rows[i]?.kind;
      if (kind === "tiles") return tileRow;
      if (kind === "sku") return 96;
      if (kind === "discrepancy") return renderDiscrepancyAside ? 96 : 36;
      return 36;
    },
    overscan: 6,
    scrollMargin: offset,
    getItemKey: (i) => rows[i]!.key,
  });

  return (
    <div
      ref={listRef}
      data-testid="virtual-groups"
      style={{ height: virtualizer.getTotalSize(), position: "relative" }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!;
        const id = `${base}${item.index}`;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="absolute left-0 top-0 w-full"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.kind === "sku" && (
              <div className="pt-6" data-testid="sku-group" data-sku={row.sku}>
                <SkuHeading id={id} sku={row.sku} count={row.count} lookalike={row.lookalike}>
                  {renderSkuAside?.(row.sku)}
                </SkuHeading>
              </div>
            )}
            {row.kind === "reason" && (
              <div className="pl-4 pt-3" data-testid="reason-group" data-reason={row.reasonCode}>
                <ReasonDivider reasonCode={row.reasonCode} count={row.count} />
              </div>
            )}
            {row.kind === "discrepancy" && (
              <div
                className="pl-4 pt-2"
                data-testid="discrepancy-group"
                data-reason={row.reasonCode}
                data-discrepancy={row.discrepancyId}
              >
                <div className="flex items-center gap-2">
                  <DiscrepancyHeading id={id} reasonCode={row.reasonCode} discrepancyId={row.discrepancyId} />
                  <span className="text-xs text-slate-600" data-testid="count">
                    {t("grid.photos", { count: row.count })}
                  </span>
                </div>
                {renderDiscrepancyAside && (
                  <div className={DECISION_FRAME}>
                    {renderDiscrepancyAside(
                      row.photos[0]!.entity_id,
                      discrepancyName(t, row.sku, row.reasonCode, row.discrepancyId, short),
                    )}
                  </div>
                )}
              </div>
            )}
            {row.kind === "unrecognised" && (
              <div className="pt-6" data-testid="unrecognised-group">
                <UnrecognisedHeading id={id} count={row.count} />
                <UnrecognisedAsides photos={row.photos} render={renderDiscrepancyAside} />
              </div>
            )}
            {row.kind === "tiles" && (
              <TileList
                photos={row.photos}
                className="grid pt-2 pl-4"
                style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: TILE_GAP_PX }}
                onOpen={onOpen}
                onImageError={onImageError}
              />
            )}
          </div>
        );
      })}
    </div>
  );
});
