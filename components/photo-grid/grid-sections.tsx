"use client";
// The sections of the review grid: a SKU's heading and its rows of discrepancy cards, and the
// photos whose keys were not recognised. Alike whether every row is in the page or only some.

import { useTranslations } from "next-intl";
import { OutsideText } from "@/components/ui/outside-text";
import type { GridRow } from "@/lib/photos/grid-rows";
import type { Photo } from "@/lib/photos/types";
import { skuAnchor } from "@/lib/photos/view";
import { visibleText } from "@/lib/photos/visible-text";
import { DiscrepancyCard } from "./discrepancy-card";
import { SkuHeading, type TileHandlers, TileList, UnrecognisedHeading } from "./group-headings";

/** What the review adds to the grid: each SKU's and each discrepancy's own parts. */
export interface GridAsides {
  /** Rendered with each SKU heading (its quantity and catalog strip). */
  renderSkuAside?: (sku: string) => React.ReactNode;
  /** One line on each discrepancy card: the SKU with its product and expected quantity. */
  renderSkuLine?: (sku: string) => React.ReactNode;
  /** Each discrepancy's decision, by entity_id (absent: a read-only grid). */
  renderDiscrepancyAside?: (entityId: string, label: string) => React.ReactNode;
}

/** A row as the grid shows it: its place in the list (what the windowing measures) and the row. */
export interface ShownRow {
  index: number;
  row: GridRow<Photo>;
}

interface SectionProps extends TileHandlers, GridAsides {
  /** The grid's id prefix. */
  base: string;
  /** Measures a row's element (only when the grid is windowed). */
  measure?: (el: HTMLElement | null) => void;
}

export function SkuSection({
  base,
  sku,
  skuIndex,
  rows,
  windowed,
  onToggleSku,
  measure,
  onOpen,
  onImageError,
  renderSkuAside,
  renderSkuLine,
  renderDiscrepancyAside,
}: SectionProps & {
  sku: string;
  skuIndex: number;
  /** This SKU's rows that are in the page: its heading, its cards, or a run of them. */
  rows: ShownRow[];
  windowed: boolean;
  onToggleSku?: (sku: string) => void;
}) {
  const s = skuIndex;
  const headingId = `${base}s${s}`;
  const first = rows[0];
  const heading = first?.row.kind === "sku" ? { index: first.index, row: first.row } : null;
  const cardRows = rows.flatMap(({ index, row }) => (row.kind === "cards" ? [{ index, row }] : []));
  return (
    <section
      id={skuAnchor(s)}
      // Not windowed, a SKU's cards off screen are neither styled nor laid out until scrolled near
      // (most of them on a phone when the page opens); the browser keeps the last size it had.
      className={
        windowed ? "scroll-mt-20" : "scroll-mt-20 [content-visibility:auto] [contain-intrinsic-size:auto_30rem]"
      }
      data-testid="sku-group"
      data-sku={sku}
      // Scrolled past its heading, the section is still named for its SKU.
      {...(heading ? { "aria-labelledby": headingId } : { "aria-label": visibleText(sku) })}
    >
      {heading && (
        <div data-index={heading.index} ref={measure} className={s > 0 ? "pt-4" : undefined}>
          <SkuHeading
            id={headingId}
            sku={sku}
            count={heading.row.count}
            lookalike={heading.row.lookalike}
            toggle={
              onToggleSku
                ? { expanded: !heading.row.folded, controls: `${base}s${s}c`, onToggle: () => onToggleSku(sku) }
                : undefined
            }
          >
            {renderSkuAside?.(sku)}
          </SkuHeading>
        </div>
      )}
      {cardRows.length > 0 && (
        // One list of the SKU's cards, reasons in order, each wearing its reason's badge. Its lines
        // are rows of their own (windowed, as many cards as the CSS puts on a line): a screen reader
        // hears one list, whether every line is in the page or only some.
        // biome-ignore lint/a11y/useSemanticElements: a <ul> may hold only <li>, and the lines sit between
        <div role="list" id={`${base}s${s}c`}>
          {cardRows.map(({ index, row }) => (
            <div
              key={row.key}
              role="none"
              data-index={index}
              ref={measure}
              className={`grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] items-start gap-3 ${row.part > 0 ? "pt-3" : "pt-2"}`}
            >
              {row.cards.map((card) => (
                <DiscrepancyCard
                  key={`${card.reasonCode}|${card.discrepancyId}`}
                  id={`${base}d${card.index}`}
                  index={card.index}
                  sku={sku}
                  reasonCode={card.reasonCode}
                  discrepancyId={card.discrepancyId}
                  photos={card.photos}
                  skuLine={renderSkuLine?.(sku)}
                  renderDecision={renderDiscrepancyAside}
                  firstIndex={card.firstPhoto}
                  onOpen={onOpen}
                  onImageError={onImageError}
                />
              ))}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

/** The frame of a decision that is not inside a discrepancy card. */
const DECISION_FRAME = "mt-1 rounded-md border border-slate-200 bg-white";

/** Photos with unrecognised keys: each distinct entity_id is a discrepancy of its own. */
export function UnrecognisedSection({
  base,
  shown,
  measure,
  onOpen,
  onImageError,
  renderDiscrepancyAside,
}: SectionProps & { shown: ShownRow }) {
  const t = useTranslations();
  const { row, index } = shown;
  if (row.kind !== "unrecognised") return null;
  const ids = [...new Set(row.photos.map((p) => p.entity_id))];
  return (
    <section
      data-testid="unrecognised-group"
      data-discrepancy-index={row.index}
      data-index={index}
      ref={measure}
      className="scroll-mt-20 pt-4"
      aria-labelledby={`${base}u`}
    >
      <UnrecognisedHeading id={`${base}u`} count={row.count} />
      {renderDiscrepancyAside && (
        <div className="mt-2 space-y-2">
          {ids.map((id) => (
            <div key={id}>
              <p className="break-all font-mono text-xs text-slate-600">
                <OutsideText text={id} />
              </p>
              <div className={DECISION_FRAME}>
                {renderDiscrepancyAside(id, t("grid.unrecognisedLabel", { key: visibleText(id) }))}
              </div>
            </div>
          ))}
        </div>
      )}
      <TileList
        photos={row.photos}
        className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(4.5rem,8rem))] gap-1.5"
        onOpen={onOpen}
        onImageError={onImageError}
      />
    </section>
  );
}
