"use client";
// The full-size photo viewer, a modal dialog on an opaque backdrop: toolbar, the image (zoom at
// the pointer, pan, pinch, swipe, rotate), the catalog comparison and details. Loaded only when a
// photo opens; its state (which photo) lives in the query string. Focus stays inside (use-dialog).

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useShortId } from "@/components/ui/short-id";
import { photoAlt } from "@/lib/photos/labels";
import type { CatalogImage, Photo } from "@/lib/photos/types";
import { MAX_SCALE } from "@/lib/photos/zoom";
import { ComparePanel } from "./compare-panel";
import { PhotoDetails } from "./photo-details";
import { useDialog } from "./use-dialog";
import { usePanZoom } from "./use-pan-zoom";
import { ViewerImage } from "./viewer-image";
import { ViewerToolbar } from "./viewer-toolbar";

interface Props {
  photo: Photo;
  /** Where the photo sits in the visible list; null when filters hide it. */
  position: { index: number; total: number } | null;
  onNavigate: (delta: -1 | 1) => void;
  onClose: () => void;
  onImageError: () => Promise<unknown>;
  /** The SKU's catalog images, for the side-by-side comparison. */
  catalogImages: CatalogImage[];
  /** The SKU's product name from the catalog, when known. */
  productName?: string | null;
  /** Where Download goes (an evidence link's own route); by default the staff API's. */
  downloadHref?: (fileId: string) => string;
}

export function PhotoViewer({
  photo,
  position,
  onNavigate,
  onClose,
  onImageError,
  catalogImages,
  productName,
  downloadHref,
}: Props) {
  const short = useShortId();
  const t = useTranslations();
  const [rotation, setRotation] = useState(0);
  const [comparing, setComparing] = useState(false);
  // Nothing to compare a photo with when there is no image of it.
  const comparable = photo.download_url ? catalogImages.filter((i) => i.url) : [];
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const hasPrev = position !== null && position.index > 0;
  const hasNext = position !== null && position.index < position.total - 1;
  const swipe = useCallback(
    (direction: -1 | 1) => {
      if (direction < 0 ? hasPrev : hasNext) onNavigate(direction);
    },
    [hasPrev, hasNext, onNavigate],
  );
  const zoom = usePanZoom(areaRef, { resetKey: photo.file_id, onSwipe: swipe });
  const zoomBy = zoom.step;

  useDialog(dialogRef, closeRef);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new photo starts upright
  useEffect(() => setRotation(0), [photo.file_id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
      else if (e.key === "ArrowLeft" && hasPrev) onNavigate(-1);
      else if (e.key === "ArrowRight" && hasNext) onNavigate(1);
      else if (e.key === "+" || e.key === "=") zoomBy(1);
      else if (e.key === "-") zoomBy(-1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [hasPrev, hasNext, onClose, onNavigate, zoomBy]);

  const scale = zoom.view.scale;
  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-modal="true"
      aria-label={t("viewer.label", { name: photoAlt(t, photo, short) })}
      className="fixed inset-0 z-50 flex flex-col bg-slate-950 text-white"
      data-testid="viewer"
      // A photo viewer is dark in either theme.
      data-fixed-palette
    >
      <ViewerToolbar
        photo={photo}
        position={position}
        hasPrev={hasPrev}
        hasNext={hasNext}
        onNavigate={onNavigate}
        zoomPercent={Math.round(scale * 100)}
        canZoomOut={scale > 1}
        canZoomIn={scale < MAX_SCALE}
        onZoom={zoomBy}
        onRotate={() => setRotation((r) => (r + 90) % 360)}
        comparing={comparable.length > 0 ? comparing : null}
        onToggleCompare={() => setComparing((c) => !c)}
        onClose={onClose}
        closeRef={closeRef}
        downloadHref={downloadHref?.(photo.file_id)}
      />
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <div className="flex min-h-0 flex-1 gap-2 p-2">
          <ViewerImage
            photo={photo}
            areaRef={areaRef}
            view={zoom.view}
            rotation={rotation}
            onImageError={onImageError}
          />
          {comparing && comparable.length > 0 && <ComparePanel images={comparable} />}
        </div>
        <PhotoDetails photo={photo} productName={productName} />
      </div>
    </div>
  );
}
