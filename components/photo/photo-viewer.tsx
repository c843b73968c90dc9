"use client";

import { useEffect, useRef, useState } from "react";
import { formatBytes, formatTime } from "@/lib/photos/format";
import { reasonLabel, statusLabel } from "@/lib/photos/labels";
import type { CatalogImage, Photo } from "@/lib/photos/types";
import { photoAlt } from "./photo-tile";

interface Props {
  photo: Photo;
  /** Where the photo sits in the visible list; null when filters hide it. */
  position: { index: number; total: number } | null;
  onNavigate: (delta: -1 | 1) => void;
  onClose: () => void;
  onStale: () => Promise<unknown>;
  /** The SKU's catalog images, for the side-by-side comparison. */
  catalogImages: CatalogImage[];
}

const ZOOMS = [1, 1.5, 2, 3, 4];
const button =
  "rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-40";

export function PhotoViewer({ photo, position, onNavigate, onClose, onStale, catalogImages }: Props) {
  const [zoom, setZoom] = useState(0);
  const [comparing, setComparing] = useState(false);
  const [catalogIndex, setCatalogIndex] = useState(0);
  const comparable = catalogImages.filter((i) => i.url);
  const catalogImage = comparable[Math.min(catalogIndex, comparable.length - 1)];
  const [retried, setRetried] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const hasPrev = position !== null && position.index > 0;
  const hasNext = position !== null && position.index < position.total - 1;

  // Focus moves into the dialog on open and back to where it was on close.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    const { overflow } = document.body.style;
    document.body.style.overflow = "hidden";
    return () => {
      document.body.style.overflow = overflow;
      before?.focus?.();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new photo starts unzoomed
  useEffect(() => {
    setZoom(0);
    setRetried(false);
  }, [photo.file_id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
      else if (e.key === "ArrowLeft" && hasPrev) onNavigate(-1);
      else if (e.key === "ArrowRight" && hasNext) onNavigate(1);
      else if (e.key === "+" || e.key === "=") setZoom((z) => Math.min(ZOOMS.length - 1, z + 1));
      else if (e.key === "-") setZoom((z) => Math.max(0, z - 1));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [hasPrev, hasNext, onClose, onNavigate]);

  const scale = ZOOMS[zoom]!;
  const key = photo.key;

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={`Photo: ${photoAlt(photo)}`}
      className="fixed inset-0 z-50 flex flex-col bg-slate-950/95 text-white"
      data-testid="viewer"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-700 px-4 py-2">
        <p className="mr-auto text-sm" aria-live="polite">
          {position ? `Photo ${position.index + 1} of ${position.total}` : "Photo (hidden by the current filters)"}
        </p>
        <button type="button" className={button} onClick={() => onNavigate(-1)} disabled={!hasPrev}>
          ← Previous
        </button>
        <button type="button" className={button} onClick={() => onNavigate(1)} disabled={!hasNext}>
          Next →
        </button>
        <button
          type="button"
          className={button}
          onClick={() => setZoom((z) => Math.max(0, z - 1))}
          disabled={zoom === 0}
        >
          Zoom out
        </button>
        <span className="w-12 text-center text-sm" data-testid="zoom-level">
          {Math.round(scale * 100)}%
        </span>
        <button
          type="button"
          className={button}
          onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))}
          disabled={zoom === ZOOMS.length - 1}
        >
          Zoom in
        </button>
        {comparable.length > 0 && (
          <button type="button" className={button} aria-pressed={comparing} onClick={() => setComparing((c) => !c)}>
            Compare
          </button>
        )}
        {photo.download_url && (
          <a
            className={button}
            href={photo.download_url}
            download={`${photo.file_id}.jpg`}
            target="_blank"
            rel="noreferrer"
          >
            Download
          </a>
        )}
        <button ref={closeRef} type="button" className={button} onClick={onClose}>
          Close
        </button>
      </div>

      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <div className="flex min-h-0 flex-1 gap-2 p-2">
          <div className="min-h-0 min-w-0 flex-1 overflow-auto" data-testid="viewer-image-area">
            {photo.download_url ? (
              // biome-ignore lint/performance/noImgElement: signed CDN URL, loaded straight from Sitoo
              <img
                src={photo.download_url}
                alt={photoAlt(photo)}
                className="mx-auto max-w-none object-contain"
                style={zoom === 0 ? { width: "100%", height: "100%" } : { width: `${scale * 100}%` }}
                onError={() => {
                  if (!retried) {
                    setRetried(true);
                    void onStale();
                  }
                }}
              />
            ) : (
              <p className="p-8 text-center">{statusLabel(photo.status)}: no full-size image is available yet.</p>
            )}
          </div>
          {comparing && catalogImage && (
            <figure className="flex min-h-0 min-w-0 flex-1 flex-col" data-testid="compare-panel">
              {/* biome-ignore lint/performance/noImgElement: catalog resource, loaded straight from Sitoo */}
              <img
                src={catalogImage.url ?? undefined}
                alt={`Catalog: ${catalogImage.name}`}
                className="min-h-0 flex-1 object-contain"
              />
              <figcaption className="mt-1 flex items-center justify-center gap-2 text-sm">
                <span>Catalog: {catalogImage.name}</span>
                {comparable.length > 1 && (
                  <button
                    type="button"
                    className="underline"
                    onClick={() => setCatalogIndex((i) => (i + 1) % comparable.length)}
                  >
                    Next catalog image ({(catalogIndex % comparable.length) + 1}/{comparable.length})
                  </button>
                )}
              </figcaption>
            </figure>
          )}
        </div>

        <aside
          className="border-t border-slate-700 p-4 text-sm lg:w-80 lg:border-l lg:border-t-0"
          aria-label="Photo details"
        >
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" data-testid="metadata">
            <dt className="text-slate-400">File ID</dt>
            <dd className="break-all font-mono">{photo.file_id}</dd>
            <dt className="text-slate-400">Entity ID</dt>
            <dd className="break-all font-mono">{photo.entity_id}</dd>
            {key && (
              <>
                <dt className="text-slate-400">SKU</dt>
                <dd className="font-mono">{key.sku}</dd>
                <dt className="text-slate-400">Reason</dt>
                <dd>{reasonLabel(key.reason_code)}</dd>
              </>
            )}
            <dt className="text-slate-400">Status</dt>
            <dd>{statusLabel(photo.status)}</dd>
            <dt className="text-slate-400">Size</dt>
            <dd>{formatBytes(photo.file_size)}</dd>
            <dt className="text-slate-400">Created</dt>
            <dd>{formatTime(photo.created_at)}</dd>
            <dt className="text-slate-400">Updated</dt>
            <dd>{formatTime(photo.updated_at)}</dd>
          </dl>
        </aside>
      </div>
    </div>
  );
}
