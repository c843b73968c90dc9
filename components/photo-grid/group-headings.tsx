// The photo hierarchy's headings and tile lists: the SKU heading with its Collapse button, a
// discrepancy's heading (its reason's badge and short ID), and a list of thumbnails.

import { useTranslations } from "next-intl";
import { HydratedButton } from "@/components/ui/hydrated-controls";
import { OutsideText } from "@/components/ui/outside-text";
import { useShortId } from "@/components/ui/short-id";
import { isKnownReason, photoAlt, reasonLabel, reasonTone } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";
import { PhotoTile } from "./photo-tile";

/** Opens a photo in the viewer; its link is the page's address with the photo in it. */
export interface PhotoOpener {
  open: (fileId: string) => void;
  href: (fileId: string) => string;
}

export interface TileHandlers {
  onOpen: PhotoOpener;
  /** A signed URL failed to load: resolves once the list has been refreshed. */
  onImageError: () => Promise<unknown>;
}

export const Count = ({ n }: { n: number }) => (
  <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="count">
    {n}
  </span>
);

export function SkuHeading({
  id,
  sku,
  count,
  lookalike = false,
  toggle,
  children,
}: {
  id: string;
  sku: string;
  count: number;
  lookalike?: boolean;
  /** Folds the SKU's cards away. */
  toggle?: { expanded: boolean; controls: string; onToggle: () => void };
  /** Beside the heading, on the same line where it fits (the product and catalog). */
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <>
      {/* At least as tall as the catalog's small images, so their arrival moves nothing below. */}
      <div className="flex min-h-8 flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={id} className="flex items-center text-lg font-semibold">
          <span className="font-mono">
            <OutsideText text={sku} />
          </span>
          <Count n={count} />
        </h2>
        {/* On a phone the product, catalog and quantity go below the heading and its Collapse
            button, in lines of their own as tall as the catalog's images while it loads: so the
            catalog's arrival moves what is below only by a second line, if it needs one. (Beside
            the loading text, the Collapse button was pushed onto a line of its own when it came.) */}
        <div className="order-last flex min-h-8 basis-full flex-wrap items-center gap-x-3 gap-y-1 empty:hidden sm:order-none sm:contents">
          {children}
        </div>
        {toggle && (
          <HydratedButton
            aria-expanded={toggle.expanded}
            aria-controls={toggle.expanded ? toggle.controls : undefined}
            aria-label={t(toggle.expanded ? "grid.collapseSku" : "grid.expandSku", { sku: visibleText(sku) })}
            className="ml-auto rounded-md px-2 py-1 text-sm text-slate-600 underline hover:bg-slate-100"
            data-print="hide"
            onClick={toggle.onToggle}
          >
            {t(toggle.expanded ? "grid.collapse" : "grid.expand")}
          </HydratedButton>
        )}
      </div>
      {lookalike && (
        <p className="mt-1 text-sm text-amber-800" data-testid="lookalike-sku">
          {t("grid.lookalike")}
        </p>
      )}
    </>
  );
}

/** A reason as a coloured badge with its words. */
export function ReasonBadge({ reasonCode }: { reasonCode: string }) {
  const t = useTranslations();
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${reasonTone(reasonCode)}`}>
      {isKnownReason(reasonCode) ? reasonLabel(t, reasonCode) : <OutsideText text={reasonCode} />}
    </span>
  );
}

/**
 * A discrepancy's heading: its reason as a badge, then its (shortened) ID; named "Damaged,
 * discrepancy 9bcfa046".
 */
export function DiscrepancyHeading({
  id,
  reasonCode,
  discrepancyId,
}: {
  id: string;
  reasonCode: string;
  discrepancyId: string;
}) {
  const short = useShortId();
  const t = useTranslations();
  return (
    <h3
      id={id}
      className="min-w-0 text-sm leading-6"
      aria-label={t("grid.discrepancyHeading", {
        reason: reasonLabel(t, reasonCode),
        id: visibleText(short(discrepancyId)),
      })}
    >
      <ReasonBadge reasonCode={reasonCode} />{" "}
      <span className="font-mono text-slate-700" title={t("grid.discrepancyTitle", { id: visibleText(discrepancyId) })}>
        <OutsideText text={short(discrepancyId)} />
      </span>
    </h3>
  );
}

export function UnrecognisedHeading({ id, count }: { id: string; count: number }) {
  const t = useTranslations();
  return (
    <>
      <h2 id={id} className="flex items-center text-lg font-semibold">
        {t("grid.unrecognised")}
        <Count n={count} />
      </h2>
      <p className="text-sm text-slate-600">{t("grid.unrecognisedHint")}</p>
    </>
  );
}

// The first thumbnails on the page load at once, the very first ones first: they are what the
// reviewer sees before scrolling (and the page's largest paint). The rest load as they near view.
const EAGER_TILES = 12;
const HIGH_PRIORITY_TILES = 4;

export function TileList({
  photos,
  className,
  style,
  onOpen,
  onImageError,
  firstIndex = EAGER_TILES,
}: TileHandlers & {
  photos: Photo[];
  className: string;
  style?: React.CSSProperties;
  /** The page-wide index of the first photo here; by default, past the eager ones. */
  firstIndex?: number;
}) {
  const t = useTranslations();
  const short = useShortId();
  // A discrepancy's photos share their name: worked out once per entity, not once per tile (a
  // 640-photo shipment would otherwise format some 1,300 messages while it renders).
  const alts = new Map<string, string>();
  const altOf = (p: Photo) => {
    let alt = alts.get(p.entity_id);
    if (alt === undefined) {
      alt = photoAlt(t, p, short);
      alts.set(p.entity_id, alt);
    }
    return alt;
  };
  return (
    <ul className={className} style={style}>
      {photos.map((p, i) => (
        <li key={p.file_id}>
          <PhotoTile
            photo={p}
            alt={altOf(p)}
            onOpen={onOpen}
            onImageError={onImageError}
            priority={
              firstIndex + i < HIGH_PRIORITY_TILES ? "high" : firstIndex + i < EAGER_TILES ? "eager" : undefined
            }
          />
        </li>
      ))}
    </ul>
  );
}
