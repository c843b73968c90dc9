"use client";
// The full-size photo viewer, a modal dialog: toolbar, image with zoom, catalog comparison and
// details. Loaded only when a photo opens; its state (which photo) lives in the query string.

import { useCallback, useEffect, useRef, useState } from "react";
import { useShortId } from "@/components/ui/short-id";
import { photoAlt } from "@/lib/photos/labels";
import type { CatalogImage, Photo } from "@/lib/photos/types";
import { ComparePanel } from "./compare-panel";
import { PhotoDetails } from "./photo-details";
import { useDialog } from "./use-dialog";
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
}

const ZOOMS = [1, 1.5, 2, 3, 4];

export function PhotoViewer({ photo, position, onNavigate, onClose, onImageError, catalogImages }: Props) {
  const short = useShortId();
  const [zoom, setZoom] = useState(0);
  const [comparing, setComparing] = useState(false);
  const comparable = catalogImages.filter((i) => i.url);
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const hasPrev = position !== null && position.index > 0;
  const hasNext = position !== null && position.index < position.total - 1;
  const zoomBy = useCallback((delta: -1 | 1) => setZoom((z) => Math.max(0, Math.min(ZOOMS.length - 1, z + delta))), []);

  useDialog(dialogRef, closeRef);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new photo starts unzoomed
  useEffect(() => setZoom(0), [photo.file_id]);

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

  const scale = ZOOMS[zoom]!;
  return (
    <div
      ref={dialogRef}
      role="dialog"
      aria-modal="true"
      aria-label={`Photo: ${photoAlt(photo, short)}`}
      className="fixed inset-0 z-50 flex flex-col bg-slate-950/95 text-white"
      data-testid="viewer"
    >
      <ViewerToolbar
        photo={photo}
        position={position}
        hasPrev={hasPrev}
        hasNext={hasNext}
        onNavigate={onNavigate}
        zoomPercent={Math.round(scale * 100)}
        canZoomOut={zoom > 0}
        canZoomIn={zoom < ZOOMS.length - 1}
        onZoom={zoomBy}
        comparing={comparable.length > 0 ? comparing : null}
        onToggleCompare={() => setComparing((c) => !c)}
        onClose={onClose}
        closeRef={closeRef}
      />
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <div className="flex min-h-0 flex-1 gap-2 p-2">
          <ViewerImage photo={photo} scale={zoom === 0 ? 0 : scale} onImageError={onImageError} />
          {comparing && comparable.length > 0 && <ComparePanel images={comparable} />}
        </div>
        <PhotoDetails photo={photo} />
      </div>
    </div>
  );
}
