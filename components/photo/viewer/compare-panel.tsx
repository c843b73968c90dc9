"use client";
// The catalog's own image of the SKU beside the photo, zoomable like it, cycling through the SKU's
// images.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { CatalogImage } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";
import { usePanZoom } from "./use-pan-zoom";
import { ZoomableImage } from "./zoomable-image";

export function ComparePanel({ images }: { images: CatalogImage[] }) {
  const [index, setIndex] = useState(0);
  const t = useTranslations();
  const areaRef = useRef<HTMLDivElement>(null);
  const image = images[index % images.length];
  const { view } = usePanZoom(areaRef, { resetKey: image?.url ?? "" });
  if (!image?.url) return null;
  return (
    <figure className="flex min-h-0 min-w-0 flex-1 flex-col" data-testid="compare-panel">
      <ZoomableImage
        areaRef={areaRef}
        view={view}
        src={image.url}
        alt={t("viewer.catalog", { name: visibleText(image.name) })}
      />
      <figcaption className="mt-1 flex flex-wrap items-center justify-center gap-2 text-sm">
        <span>{t("viewer.catalog", { name: visibleText(image.name) })}</span>
        {images.length > 1 && (
          <button
            type="button"
            className="min-h-11 rounded-md px-2 underline"
            onClick={() => setIndex((i) => (i + 1) % images.length)}
          >
            {t("viewer.nextCatalog", { index: (index % images.length) + 1, total: images.length })}
          </button>
        )}
      </figcaption>
    </figure>
  );
}
