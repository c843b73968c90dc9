"use client";
// The review's photo grid, one layout for 9 photos and for 5,000: a section per SKU (its heading,
// then its discrepancy cards, reasons in order), then the photos whose keys were not recognised.
// The layout is a flat list of rows (lib/photos/grid-rows). Up to WINDOW_ABOVE photos every row is
// in the page, so find-in-page works; above it the cards go in rows of as many as fit on a line,
// each row measured, and only the rows near the viewport are in the page (as Immich's timeline).

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { memo, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  cardColumns,
  estimateRowHeight,
  reachableDiscrepancies,
  rowOfDiscrepancy,
  toGridRows,
} from "@/lib/photos/grid-rows";
import type { PhotoGroups as Groups } from "@/lib/photos/grouping";
import { type GridAsides, type ShownRow, SkuSection, UnrecognisedSection } from "./grid-sections";
import type { TileHandlers } from "./group-headings";

/** Up to this many photos every tile is in the page; beyond it, only the rows near the viewport. */
export const WINDOW_ABOVE = 1000;

/** What the page around the grid asks of it: moving to a SKU or a discrepancy that may not be drawn. */
export interface GridHandle {
  /** Scrolls a SKU's heading into view; false when the page's own anchor link does it. */
  showSku(skuIndex: number): boolean;
  /** The discrepancies j / k move between, in order (a folded SKU's are left out). */
  reachable(): number[];
  /** Brings the discrepancy with this index into the page; resolves with its element. */
  reveal(index: number): Promise<HTMLElement | null>;
}

export interface GroupsProps extends TileHandlers, GridAsides {
  groups: Groups;
  /** SKUs whose cards are folded away. */
  collapsed?: ReadonlySet<string>;
  onToggleSku?: (sku: string) => void;
  handle?: React.Ref<GridHandle>;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The list's width and its top in the document, while the grid is windowed. */
function useListBox(ref: React.RefObject<HTMLDivElement | null>, on: boolean) {
  const [box, setBox] = useState({ width: 1024, offset: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !on) return;
    const update = () => {
      const width = el.clientWidth;
      const offset = el.getBoundingClientRect().top + window.scrollY;
      setBox((b) => (b.width === width && b.offset === offset ? b : { width, offset }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.parentElement) observer.observe(el.parentElement);
    return () => observer.disconnect();
  }, [ref, on]);
  return box;
}

/**
 * Memoized: the review re-renders whenever its photo list is searched again (every few seconds
 * while photos are processing); with the same groups and handlers the grid is left as it is.
 */
export const PhotoGroups = memo(function PhotoGroups({
  groups,
  collapsed,
  onToggleSku,
  handle,
  ...parts
}: GroupsProps) {
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const photoCount = useMemo(() => groups.unrecognised.length + groups.skus.reduce((n, s) => n + s.count, 0), [groups]);
  const windowed = photoCount > WINDOW_ABOVE;
  const { width, offset } = useListBox(listRef, windowed);
  const columns = windowed ? cardColumns(width) : Number.POSITIVE_INFINITY;
  const rows = useMemo(() => toGridRows(groups, columns, collapsed), [groups, columns, collapsed]);
  const decisionPx = parts.renderDiscrepancyAside ? 90 : 0;
  const virtualizer = useWindowVirtualizer({
    count: windowed ? rows.length : 0,
    estimateSize: (i) => estimateRowHeight(rows[i]!, width, columns, decisionPx),
    overscan: 1,
    scrollMargin: offset,
    getItemKey: (i) => rows[i]!.key,
  });
  const items = virtualizer.getVirtualItems();

  useImperativeHandle(
    handle,
    () => ({
      showSku: (skuIndex) => {
        if (!windowed) return false;
        const row = rows.findIndex((r) => r.kind === "sku" && r.skuIndex === skuIndex);
        if (row >= 0) virtualizer.scrollToIndex(row, { align: "start" });
        return true;
      },
      reachable: () => reachableDiscrepancies(rows),
      reveal: async (index) => {
        const find = () => listRef.current?.querySelector<HTMLElement>(`[data-discrepancy-index="${index}"]`) ?? null;
        if (windowed && !find()) {
          const row = rowOfDiscrepancy(rows, index);
          if (row >= 0) virtualizer.scrollToIndex(row, { align: "start" });
        }
        for (let i = 0; i < 30 && !find(); i++) await nextFrame();
        return find();
      },
    }),
    [rows, windowed, virtualizer],
  );

  const shown: ShownRow[] = windowed
    ? items.map((item) => ({ index: item.index, row: rows[item.index]! }))
    : rows.map((row, index) => ({ index, row }));
  // The rows in the page, by section: a run of one SKU's rows, or the unrecognised photos.
  const sections: ShownRow[][] = [];
  for (const r of shown) {
    const last = sections.at(-1)?.[0]?.row;
    const same =
      last && last.kind !== "unrecognised" && r.row.kind !== "unrecognised" && last.skuIndex === r.row.skuIndex;
    if (same) sections.at(-1)!.push(r);
    else sections.push([r]);
  }
  const margin = virtualizer.options.scrollMargin;
  const first = items[0];
  const last = items.at(-1);
  const padding =
    windowed && first && last
      ? { paddingTop: first.start - margin, paddingBottom: virtualizer.getTotalSize() - (last.end - margin) }
      : undefined;
  const measure = windowed ? virtualizer.measureElement : undefined;

  return (
    <div ref={listRef} data-testid="photo-grid" data-windowed={windowed ? "" : undefined} style={padding}>
      {sections.map((section) => {
        const head = section[0]!.row;
        if (head.kind === "unrecognised")
          return <UnrecognisedSection key="u" base={base} shown={section[0]!} measure={measure} {...parts} />;
        return (
          <SkuSection
            key={head.sku}
            base={base}
            sku={head.sku}
            skuIndex={head.skuIndex}
            rows={section}
            windowed={windowed}
            onToggleSku={onToggleSku}
            measure={measure}
            {...parts}
          />
        );
      })}
    </div>
  );
});
