"use client";
// One thumbnail in the photo grid: opens the viewer, and on a failed load refreshes the signed
// URLs and retries once before showing "Image unavailable".

import { useLocale, useTranslations } from "next-intl";
import { memo, useEffect, useRef, useState } from "react";
import { formatTime } from "@/lib/photos/format";
import { statusLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import type { PhotoOpener } from "./group-headings";

interface Props {
  photo: Photo;
  /** What the photo shows (photoAlt), worked out once for the photos of one discrepancy. */
  alt: string;
  onOpen: PhotoOpener;
  /** The signed URL failed to load (it may have expired): resolves once the list is refreshed. */
  onImageError: () => Promise<unknown>;
  /** Among the first on the page: loads at once ("eager"), or first of all ("high"). */
  priority?: "eager" | "high";
}

export const PhotoTile = memo(function PhotoTile({ photo, alt, onOpen, onImageError, priority }: Props) {
  const locale = useLocale();
  // 0: first load; 1: waiting for fresh URLs; 2: the one retry. A fresh <img> (new key) loads
  // again even when the refreshed URL happens to be identical.
  const [attempt, setAttempt] = useState(0);
  const [broken, setBroken] = useState<string | null>(null);
  const imgRef = useRef<HTMLImageElement>(null);
  const src = photo.thumbnail_url;
  const failed = () => {
    if (attempt === 1) return;
    if (attempt === 2) return setBroken(src);
    setAttempt(1);
    void onImageError().finally(() => setAttempt(2));
  };
  // Tiles rendered on the server start loading before React attaches onError; an image that has
  // already failed by then is caught here instead.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the server-rendered first load
  useEffect(() => {
    const img = imgRef.current;
    if (img?.complete && img.naturalWidth === 0) failed();
  }, []);
  // A link to the page with this photo open: it works before the page's script has loaded (the
  // server renders that address), and opens in a new tab with a modifier key or middle click.
  const href = onOpen.href(photo.file_id);
  const tile = {
    onClick: (e: React.MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      onOpen.open(photo.file_id);
    },
    "data-testid": "photo-tile",
    "data-status": photo.status,
  };
  const box = "aspect-square w-full overflow-hidden rounded-md border border-slate-200";

  if (!src || broken === src)
    return <NoImageTile photo={photo} alt={alt} unavailable={Boolean(src)} link={{ href, ...tile }} box={box} />;

  return (
    <a href={href} {...tile} className={`${box} block bg-slate-100 hover:ring-2 hover:ring-brand-600`}>
      {/* Plain <img>: signed CDN URLs load straight from Sitoo, not through our server. */}
      {/* biome-ignore lint/performance/noImgElement: next/image would proxy and re-key every signed URL */}
      <img
        referrerPolicy="no-referrer"
        key={attempt === 2 ? "retry" : "first"}
        ref={imgRef}
        src={src}
        alt={alt}
        width={256}
        height={256}
        loading={priority ? "eager" : "lazy"}
        fetchPriority={priority === "high" ? "high" : undefined}
        decoding="async"
        className="h-full w-full object-cover print:h-[85%]"
        onLoad={() => setAttempt(0)}
        onError={failed}
      />
      {/* On paper a tile says what it shows: the page's headings may be on another sheet. */}
      <span className="hidden text-left text-[9px] leading-tight text-slate-800 print:block">
        {alt} · {formatTime(photo.created_at, undefined, locale)}
      </span>
    </a>
  );
});

/** A tile without an image: still uploading or processing, failed, or an image that would not load. */
function NoImageTile({
  photo,
  alt,
  unavailable,
  link,
  box,
}: {
  photo: Photo;
  alt: string;
  unavailable: boolean;
  link: React.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };
  box: string;
}) {
  const t = useTranslations();
  const isFailed = photo.status === "failed";
  const label = unavailable ? t("photo.unavailable") : statusLabel(t, photo.status);
  return (
    <a
      {...link}
      href={link.href}
      className={`${box} flex flex-col items-center justify-center gap-1 p-1 text-center text-xs leading-tight ${isFailed ? "bg-red-50 text-red-800" : "bg-slate-100 text-slate-700"}`}
      aria-label={t("photo.withState", { name: alt, state: label })}
    >
      {!isFailed && photo.status !== "ready" && (
        <span
          className="h-4 w-4 animate-spin rounded-full border-2 border-slate-400 border-t-transparent"
          aria-hidden
        />
      )}
      {/* Small tiles (4.5 rem) hold three short lines: the Swedish compounds carry soft hyphens, and
          any other long word (a status Sitoo invents) breaks rather than being cut off. */}
      <span className="[overflow-wrap:anywhere]">{label}</span>
    </a>
  );
}
