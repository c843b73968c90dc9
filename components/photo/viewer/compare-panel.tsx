// The catalog's own image of the SKU beside the photo, cycling through the SKU's images.
import { useState } from "react";
import type { CatalogImage } from "@/lib/photos/types";
import { visibleText } from "@/lib/photos/visible-text";

export function ComparePanel({ images }: { images: CatalogImage[] }) {
  const [index, setIndex] = useState(0);
  const image = images[index % images.length];
  if (!image) return null;
  return (
    <figure className="flex min-h-0 min-w-0 flex-1 flex-col" data-testid="compare-panel">
      {/* biome-ignore lint/performance/noImgElement: catalog resource, loaded straight from Sitoo */}
      <img
        referrerPolicy="no-referrer"
        src={image.url ?? undefined}
        alt={`Catalog: ${visibleText(image.name)}`}
        className="min-h-0 flex-1 object-contain"
      />
      <figcaption className="mt-1 flex items-center justify-center gap-2 text-sm">
        <span>Catalog: {visibleText(image.name)}</span>
        {images.length > 1 && (
          <button type="button" className="underline" onClick={() => setIndex((i) => (i + 1) % images.length)}>
            Next catalog image ({(index % images.length) + 1}/{images.length})
          </button>
        )}
      </figcaption>
    </figure>
  );
}
