"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { PhotoTile } from "@/components/photo/photo-tile";
import { shortId } from "@/lib/photos/format";
import type { PhotoGroups } from "@/lib/photos/grouping";
import { reasonLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import { Count, type GroupsProps } from "./photo-groups";

// Very large shipments: the same groups, flattened into rows of which only those near the
// viewport are in the DOM, so thousands of photos stay cheap to render and to scroll.

type Row =
  | { kind: "sku"; key: string; sku: string; count: number }
  | { kind: "reason"; key: string; reasonCode: string; count: number }
  | { kind: "discrepancy"; key: string; id: string; count: number }
  | { kind: "unrecognised"; key: string; count: number }
  | { kind: "tiles"; key: string; photos: Photo[] };

/** Tiles per row, matching the small-shipment grid's breakpoints. */
function columnsFor(width: number): number {
  return width >= 1024 ? 8 : width >= 768 ? 6 : width >= 640 ? 4 : 3;
}

function toRows(groups: PhotoGroups, columns: number): Row[] {
  const rows: Row[] = [];
  const tiles = (prefix: string, photos: Photo[]) => {
    for (let i = 0; i < photos.length; i += columns) {
      rows.push({ kind: "tiles", key: `${prefix}#${i}`, photos: photos.slice(i, i + columns) });
    }
  };
  for (const sku of groups.skus) {
    rows.push({ kind: "sku", key: `s:${sku.sku}`, sku: sku.sku, count: sku.count });
    for (const reason of sku.reasons) {
      const r = `${sku.sku}|${reason.reasonCode}`;
      rows.push({ kind: "reason", key: `r:${r}`, reasonCode: reason.reasonCode, count: reason.count });
      for (const d of reason.discrepancies) {
        rows.push({
          kind: "discrepancy",
          key: `d:${r}|${d.discrepancyId}`,
          id: d.discrepancyId,
          count: d.photos.length,
        });
        tiles(`t:${r}|${d.discrepancyId}`, d.photos);
      }
    }
  }
  if (groups.unrecognised.length > 0) {
    rows.push({ kind: "unrecognised", key: "u", count: groups.unrecognised.length });
    tiles("t:u", groups.unrecognised);
  }
  return rows;
}

export function VirtualPhotoGroups({ groups, onOpen, onStale, skuAside }: GroupsProps) {
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
  const rows = useMemo(() => toRows(groups, columns), [groups, columns]);
  const tileRow = (width - 8 * (columns - 1)) / columns + 8;
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === "tiles" ? tileRow : rows[i]?.kind === "sku" ? 96 : 36),
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
                <h2 className="flex items-center text-lg font-semibold">
                  <span className="font-mono">{row.sku}</span>
                  <Count n={row.count} />
                </h2>
                {skuAside?.(row.sku)}
              </div>
            )}
            {row.kind === "reason" && (
              <h3 className="flex items-center pl-4 pt-3 font-semibold">
                {reasonLabel(row.reasonCode)}
                <Count n={row.count} />
              </h3>
            )}
            {row.kind === "discrepancy" && (
              <h4 className="flex items-center pl-4 pt-2 text-sm text-slate-700">
                Discrepancy <span className="ml-1 font-mono">{shortId(row.id)}</span>
                <Count n={row.count} />
              </h4>
            )}
            {row.kind === "unrecognised" && (
              <h2 className="flex items-center pt-6 text-lg font-semibold" data-testid="unrecognised-group">
                Unrecognised key
                <Count n={row.count} />
              </h2>
            )}
            {row.kind === "tiles" && (
              <ul
                className="grid gap-2 pt-2 pl-4"
                style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
              >
                {row.photos.map((p) => (
                  <li key={p.file_id}>
                    <PhotoTile photo={p} onOpen={onOpen} onStale={onStale} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
