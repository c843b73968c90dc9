// The viewer's toolbar: position, previous/next, zoom, rotate, compare, download and close. On a
// phone it is one row of icons (each with its name for assistive technology; zoom is a pinch or a
// double tap there); wider screens show the words too.
import type { ReactNode, RefObject } from "react";
import type { Photo } from "@/lib/photos/types";

export const VIEWER_BUTTON =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-md border border-slate-500 px-2.5 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-40";

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
  onRotate: () => void;
  /** null when there is nothing to compare with. */
  comparing: boolean | null;
  onToggleCompare: () => void;
  onClose: () => void;
  closeRef: RefObject<HTMLButtonElement | null>;
}

/** An icon, and its word from `sm` up; the button's accessible name is `name`. */
function Label({ icon, word }: { icon: string; word: string }) {
  return (
    <>
      <span aria-hidden="true" className="text-base leading-none">
        {icon}
      </span>
      <span aria-hidden="true" className="hidden sm:inline">
        {word}
      </span>
    </>
  );
}

function ToolButton(p: {
  name: string;
  icon: string;
  word: string;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  className?: string;
  buttonRef?: RefObject<HTMLButtonElement | null>;
  children?: ReactNode;
}) {
  return (
    <button
      ref={p.buttonRef}
      type="button"
      aria-label={p.name}
      title={p.name}
      aria-pressed={p.pressed}
      className={`${VIEWER_BUTTON} ${p.className ?? ""}`}
      onClick={p.onClick}
      disabled={p.disabled}
    >
      <Label icon={p.icon} word={p.word} />
    </button>
  );
}

export function ViewerToolbar(p: Props) {
  return (
    <div className="flex items-center gap-1.5 border-b border-slate-700 px-2 py-1.5 sm:gap-2 sm:px-4">
      <p className="mr-auto min-w-0 truncate text-sm" aria-live="polite">
        {p.position ? (
          <>
            <span className="hidden sm:inline">Photo </span>
            {p.position.index + 1} of {p.position.total}
          </>
        ) : (
          "Photo (hidden by the current filters)"
        )}
      </p>
      <ToolButton
        name="Previous photo"
        icon="‹"
        word="Previous"
        onClick={() => p.onNavigate(-1)}
        disabled={!p.hasPrev}
      />
      <ToolButton name="Next photo" icon="›" word="Next" onClick={() => p.onNavigate(1)} disabled={!p.hasNext} />
      <ToolButton
        name="Zoom out"
        icon="−"
        word="Zoom out"
        className="hidden sm:inline-flex"
        onClick={() => p.onZoom(-1)}
        disabled={!p.canZoomOut}
      />
      <span className="hidden w-12 text-center text-sm sm:inline" data-testid="zoom-level">
        {p.zoomPercent}%
      </span>
      <ToolButton
        name="Zoom in"
        icon="+"
        word="Zoom in"
        className="hidden sm:inline-flex"
        onClick={() => p.onZoom(1)}
        disabled={!p.canZoomIn}
      />
      {p.photo.download_url && <ToolButton name="Rotate" icon="⟳" word="Rotate" onClick={p.onRotate} />}
      {p.comparing !== null && (
        <ToolButton name="Compare" icon="⇆" word="Compare" pressed={p.comparing} onClick={p.onToggleCompare} />
      )}
      {p.photo.download_url && (
        // Through our server: a browser ignores `download` on the CDN's URL and would open a tab.
        <a
          className={VIEWER_BUTTON}
          href={`/api/photos/${encodeURIComponent(p.photo.file_id)}/download`}
          download
          aria-label="Download"
          title="Download"
        >
          <Label icon="⤓" word="Download" />
        </a>
      )}
      <ToolButton name="Close" icon="✕" word="Close" onClick={p.onClose} buttonRef={p.closeRef} />
    </div>
  );
}
