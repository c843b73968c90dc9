"use client";
// An image inside an area that zooms and pans (use-pan-zoom.ts) and turns by quarter turns. The
// area fills its parent; the image fits it at scale 1, turned images included.
import { type RefObject, useEffect, useState } from "react";
import type { View } from "@/lib/photos/zoom";

function useAreaSize(ref: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function ZoomableImage({
  areaRef,
  view,
  rotation = 0,
  src,
  alt,
  onError,
  testId,
}: {
  areaRef: RefObject<HTMLDivElement | null>;
  view: View;
  /** Quarter turns clockwise, in degrees: 0, 90, 180 or 270. */
  rotation?: number;
  src: string;
  alt: string;
  onError?: () => void;
  testId?: string;
}) {
  const size = useAreaSize(areaRef);
  const sideways = rotation % 180 !== 0;
  const box = size ? (sideways ? { width: size.height, height: size.width } : size) : null;
  return (
    <div
      ref={areaRef}
      className="relative min-h-0 min-w-0 flex-1 touch-none select-none overflow-hidden"
      style={{ cursor: view.scale > 1 ? "grab" : "zoom-in" }}
      data-testid={testId}
    >
      <div
        className="absolute inset-0 origin-top-left"
        style={{ transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
      >
        {/* biome-ignore lint/performance/noImgElement: signed CDN URL, loaded straight from Sitoo */}
        <img
          referrerPolicy="no-referrer"
          src={src}
          alt={alt}
          draggable={false}
          className="absolute left-1/2 top-1/2 max-w-none object-contain"
          style={{
            width: box ? `${box.width}px` : "100%",
            height: box ? `${box.height}px` : "100%",
            transform: `translate(-50%, -50%) rotate(${rotation}deg)`,
          }}
          onError={onError}
        />
      </div>
    </div>
  );
}
