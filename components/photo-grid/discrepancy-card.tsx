"use client";
// One discrepancy as a card in its SKU's grid: what is wrong (the reason's badge), which item
// (SKU, product, expected quantity), its photos, and its decision with the controls to change it.
import { useTranslations } from "next-intl";
import { useShortId } from "@/components/ui/short-id";
import { discrepancyName } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import { DiscrepancyHeading, type TileHandlers, TileList } from "./group-headings";

export interface DiscrepancyCardProps extends TileHandlers {
  id: string;
  /** The discrepancy's place among the grid's cards (what j / k move between). */
  index: number;
  sku: string;
  reasonCode: string;
  discrepancyId: string;
  photos: Photo[];
  /** The SKU's product and expected quantity, one line. */
  skuLine?: React.ReactNode;
  /** The decision (by entity_id and the discrepancy's name). */
  renderDecision?: (entityId: string, label: string) => React.ReactNode;
  /** How many thumbnails on the page come before this card's (the first few load at once). */
  firstIndex: number;
}

export function DiscrepancyCard({
  id,
  index,
  sku,
  reasonCode,
  discrepancyId,
  photos,
  skuLine,
  renderDecision,
  firstIndex,
  onOpen,
  onImageError,
}: DiscrepancyCardProps) {
  const short = useShortId();
  const t = useTranslations();
  const n = photos.length;
  return (
    // biome-ignore lint/a11y/useSemanticElements: in its SKU's list of cards, between the grid's lines
    <div
      role="listitem"
      className="flex scroll-mt-20 flex-col rounded-md border border-slate-200 bg-white data-[current=true]:ring-2 data-[current=true]:ring-brand-500 data-[current=true]:ring-offset-2"
      data-testid="discrepancy-group"
      data-reason={reasonCode}
      data-discrepancy={discrepancyId}
      data-discrepancy-index={index}
      aria-labelledby={id}
    >
      <div className="flex items-start justify-between gap-2 px-3 pt-2">
        <DiscrepancyHeading id={id} reasonCode={reasonCode} discrepancyId={discrepancyId} />
        <span className="shrink-0 text-xs text-slate-600" data-testid="count">
          {t("grid.photos", { count: n })}
        </span>
      </div>
      {skuLine && <div className="truncate px-3 text-xs text-slate-600">{skuLine}</div>}
      <TileList
        photos={photos}
        className="grid grid-cols-[repeat(auto-fill,minmax(4.5rem,1fr))] gap-1.5 px-3 py-1.5"
        onOpen={onOpen}
        onImageError={onImageError}
        firstIndex={firstIndex}
      />
      <div className="mt-auto border-t border-slate-200">
        {renderDecision?.(photos[0]!.entity_id, discrepancyName(t, sku, reasonCode, discrepancyId, short))}
      </div>
    </div>
  );
}
