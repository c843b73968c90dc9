// The viewer's toolbar: position, previous/next, zoom, rotate, compare, download and close. On a
// phone it is one row of icons (each with its name for assistive technology; zoom is a pinch or a
// double tap there); wider screens show the words too.
import { useTranslations } from "next-intl";
import type { ReactNode, RefObject } from "react";
import { apiPaths } from "@/lib/api/paths";
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
  /** Where Download goes; by default the staff API's photo download. */
  downloadHref?: string;
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
  /** The word shown from `sm` up; the name when not given. */
  word?: string;
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
      <Label icon={p.icon} word={p.word ?? p.name} />
    </button>
  );
}

export function ViewerToolbar(p: Props) {
  const t = useTranslations();
  return (
    <div className="flex items-center gap-1.5 border-b border-slate-700 px-2 py-1.5 sm:gap-2 sm:px-4">
      <p className="mr-auto min-w-0 truncate text-sm" aria-live="polite">
        {p.position
          ? t.rich("viewer.position", {
              index: p.position.index + 1,
              total: p.position.total,
              wide: (chunks) => <span className="hidden sm:inline">{chunks}</span>,
            })
          : t("viewer.hidden")}
      </p>
      <ToolButton
        name={t("viewer.previousPhoto")}
        icon="‹"
        word={t("viewer.previous")}
        onClick={() => p.onNavigate(-1)}
        disabled={!p.hasPrev}
      />
      <ToolButton
        name={t("viewer.nextPhoto")}
        icon="›"
        word={t("viewer.next")}
        onClick={() => p.onNavigate(1)}
        disabled={!p.hasNext}
      />
      <ToolButton
        name={t("viewer.zoomOut")}
        icon="−"
        className="hidden sm:inline-flex"
        onClick={() => p.onZoom(-1)}
        disabled={!p.canZoomOut}
      />
      <span className="hidden w-12 text-center text-sm sm:inline" data-testid="zoom-level">
        {t("viewer.zoomLevel", { percent: p.zoomPercent })}
      </span>
      <ToolButton
        name={t("viewer.zoomIn")}
        icon="+"
        className="hidden sm:inline-flex"
        onClick={() => p.onZoom(1)}
        disabled={!p.canZoomIn}
      />
      {p.photo.download_url && <ToolButton name={t("viewer.rotate")} icon="⟳" onClick={p.onRotate} />}
      {p.comparing !== null && (
        <ToolButton name={t("viewer.compare")} icon="⇆" pressed={p.comparing} onClick={p.onToggleCompare} />
      )}
      {p.photo.download_url && (
        // Through our server: a browser ignores `download` on the CDN's URL and would open a tab.
        <a
          className={VIEWER_BUTTON}
          href={p.downloadHref ?? apiPaths.photoDownload(p.photo.file_id)}
          download
          aria-label={t("viewer.download")}
          title={t("viewer.download")}
        >
          <Label icon="⤓" word={t("viewer.download")} />
        </a>
      )}
      <ToolButton name={t("viewer.close")} icon="✕" onClick={p.onClose} buttonRef={p.closeRef} />
    </div>
  );
}
