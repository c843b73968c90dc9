// The viewer's toolbar: position, previous/next, zoom, compare, download and close.
import type { RefObject } from "react";
import type { Photo } from "@/lib/photos/types";

export const VIEWER_BUTTON =
  "rounded-md border border-slate-500 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-40";

interface Props {
  photo: Photo;
  position: { index: number; total: number } | null;
  hasPrev: boolean;
  hasNext: boolean;
  onNavigate: (delta: -1 | 1) => void;
  zoomPercent: number;
  canZoomOut: boolean;
  canZoomIn: boolean;
  onZoom: (delta: -1 | 1) => void;
  /** null when there is nothing to compare with. */
  comparing: boolean | null;
  onToggleCompare: () => void;
  onClose: () => void;
  closeRef: RefObject<HTMLButtonElement | null>;
}

export function ViewerToolbar(p: Props) {
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-700 px-4 py-2">
      <p className="mr-auto text-sm" aria-live="polite">
        {p.position ? `Photo ${p.position.index + 1} of ${p.position.total}` : "Photo (hidden by the current filters)"}
      </p>
      <button type="button" className={VIEWER_BUTTON} onClick={() => p.onNavigate(-1)} disabled={!p.hasPrev}>
        ← Previous
      </button>
      <button type="button" className={VIEWER_BUTTON} onClick={() => p.onNavigate(1)} disabled={!p.hasNext}>
        Next →
      </button>
      <button type="button" className={VIEWER_BUTTON} onClick={() => p.onZoom(-1)} disabled={!p.canZoomOut}>
        Zoom out
      </button>
      <span className="w-12 text-center text-sm" data-testid="zoom-level">
        {p.zoomPercent}%
      </span>
      <button type="button" className={VIEWER_BUTTON} onClick={() => p.onZoom(1)} disabled={!p.canZoomIn}>
        Zoom in
      </button>
      {p.comparing !== null && (
        <button type="button" className={VIEWER_BUTTON} aria-pressed={p.comparing} onClick={p.onToggleCompare}>
          Compare
        </button>
      )}
      {p.photo.download_url && (
        // Through our server: a browser ignores `download` on the CDN's URL and would open a tab.
        <a className={VIEWER_BUTTON} href={`/api/photos/${encodeURIComponent(p.photo.file_id)}/download`} download>
          Download
        </a>
      )}
      <button ref={p.closeRef} type="button" className={VIEWER_BUTTON} onClick={p.onClose}>
        Close
      </button>
    </div>
  );
}
