"use client";
// The photo viewer as the review page opens it, with the open photo's catalog product beside it.
import dynamic from "next/dynamic";
import { useCatalog } from "@/components/catalog/use-catalog";

// The viewer's code loads only when a photo is opened.
const PhotoViewer = dynamic(() => import("@/components/photo/viewer/photo-viewer").then((m) => m.PhotoViewer), {
  ssr: false,
});

/** The viewer with the open photo's catalog product, read here: the catalog re-renders only this. */
export function CatalogPhotoViewer({
  shipmentId,
  ...props
}: Omit<React.ComponentProps<typeof PhotoViewer>, "catalogImages" | "productName"> & { shipmentId: string }) {
  const sku = props.photo.key?.sku;
  const { bySku } = useCatalog(shipmentId);
  const entry = sku ? bySku.get(sku) : undefined;
  return <PhotoViewer {...props} catalogImages={entry?.images ?? []} productName={entry?.product?.title ?? null} />;
}
