"use client";
// The full-size photo, zoomable and turnable; a failed load refreshes the signed URLs once. A photo
// without a full-size image says why, in words.
import { useTranslations } from "next-intl";
import { type RefObject, useEffect, useState } from "react";
import { useShortId } from "@/components/ui/short-id";
import type { Translate } from "@/lib/i18n/translate";
import { isPending, photoAlt } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import type { View } from "@/lib/photos/zoom";
import { ZoomableImage } from "./zoomable-image";

/** Why there is no image to show, for a photo without a full-size URL. */
export function missingImageReason(t: Translate, photo: Photo): string {
  if (photo.status === "failed") return t("viewer.failed");
  if (isPending(photo.status)) return t(photo.status === "processing" ? "viewer.processing" : "viewer.uploading");
  return t("viewer.noAddress");
}

export function ViewerImage({
  photo,
  areaRef,
  view,
  rotation,
  onImageError,
}: {
  photo: Photo;
  areaRef: RefObject<HTMLDivElement | null>;
  view: View;
  rotation: number;
  onImageError: () => Promise<unknown>;
}) {
  const short = useShortId();
  const t = useTranslations();
  const [retried, setRetried] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each photo gets its own retry
  useEffect(() => setRetried(false), [photo.file_id]);
  if (!photo.download_url)
    return (
      <div
        ref={areaRef}
        className="flex min-h-0 min-w-0 flex-1 items-center justify-center"
        data-testid="viewer-image-area"
      >
        <p className="max-w-md p-8 text-center" data-testid="viewer-no-image">
          {missingImageReason(t, photo)}
        </p>
      </div>
    );
  return (
    <ZoomableImage
      areaRef={areaRef}
      view={view}
      rotation={rotation}
      src={photo.download_url}
      alt={photoAlt(t, photo, short)}
      testId="viewer-image-area"
      onError={() => {
        if (!retried) {
          setRetried(true);
          void onImageError();
        }
      }}
    />
  );
}
