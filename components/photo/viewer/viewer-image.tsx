// The full-size photo at the chosen zoom; a failed load refreshes the signed URLs once.
import { useEffect, useState } from "react";
import { useShortId } from "@/components/ui/short-id";
import { photoAlt, statusLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";

export function ViewerImage({
  photo,
  scale,
  onImageError,
}: {
  photo: Photo;
  /** 0 fits the photo to the area; otherwise its width relative to the area. */
  scale: number;
  onImageError: () => Promise<unknown>;
}) {
  const short = useShortId();
  const [retried, setRetried] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each photo gets its own retry
  useEffect(() => setRetried(false), [photo.file_id]);
  return (
    <div className="min-h-0 min-w-0 flex-1 overflow-auto" data-testid="viewer-image-area">
      {photo.download_url ? (
        // biome-ignore lint/performance/noImgElement: signed CDN URL, loaded straight from Sitoo
        <img
          referrerPolicy="no-referrer"
          src={photo.download_url}
          alt={photoAlt(photo, short)}
          className="mx-auto max-w-none object-contain"
          style={scale === 0 ? { width: "100%", height: "100%" } : { width: `${scale * 100}%` }}
          onError={() => {
            if (!retried) {
              setRetried(true);
              void onImageError();
            }
          }}
        />
      ) : (
        <p className="p-8 text-center">{statusLabel(photo.status)}: no full-size image is available yet.</p>
      )}
    </div>
  );
}
