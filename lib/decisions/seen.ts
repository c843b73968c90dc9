// Which discrepancies a page of search results shows, and how many photos each: what the server
// records in the discrepancy index after answering a search. Shared and pure.
import type { PhotoPage } from "@/lib/photos/types";

export interface SeenInPage {
  entityId: string;
  shipmentId: string;
  sku: string | null;
  reasonCode: string | null;
  discrepancyId: string | null;
  photoCount: number;
  /** Its photos may continue on the neighbouring page (results are ordered by entity_id). */
  partial: boolean;
}

export function seenInPage(page: PhotoPage, hadCursor: boolean): SeenInPage[] {
  const byEntity = new Map<string, SeenInPage>();
  for (const photo of page.files) {
    const seen = byEntity.get(photo.entity_id);
    if (seen) seen.photoCount++;
    else
      byEntity.set(photo.entity_id, {
        entityId: photo.entity_id,
        shipmentId: photo.key?.shipment_id ?? page.shipment_id,
        sku: photo.key?.sku ?? null,
        reasonCode: photo.key?.reason_code ?? null,
        discrepancyId: photo.key?.discrepancy_id ?? null,
        photoCount: 1,
        partial: false,
      });
  }
  const list = [...byEntity.values()];
  const first = list[0];
  const last = list[list.length - 1];
  if (first && hadCursor) first.partial = true;
  if (last && page.next_cursor) last.partial = true;
  return list;
}
