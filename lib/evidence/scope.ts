// What an evidence pack or report covers: the shipment's photos that match the review page's
// filters (in the page's order: SKU → reason → discrepancy → taken), their decisions, and the
// shipment record when the sync has stored one. Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { shipmentDecisions } from "@/lib/db/decisions";
import { shipmentRow, toRecord } from "@/lib/db/shipments";
import type { Decision } from "@/lib/decisions/model";
import { groupPhotos, orderedPhotos } from "@/lib/photos/grouping";
import type { Photo, PhotoPage } from "@/lib/photos/types";
import { matchesView, type View } from "@/lib/photos/view";
import type { ShipmentRecord } from "@/lib/shipments/model";
import { searchShipmentPhotos } from "@/lib/sitoo/media";

const MAX_PAGES = 1_000;

export interface PackScope {
  shipmentId: string;
  view: View;
  /** In scope, in the review page's order. */
  photos: Photo[];
  decisions: Map<string, Decision>;
  record: ShipmentRecord | null;
}

/** Every photo of the shipment, walked page by page (fresh signed URLs each time). */
export async function allPhotos(shipmentId: string, requestId: string, signal?: AbortSignal): Promise<Photo[]> {
  const photos: Photo[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    signal?.throwIfAborted();
    const page: PhotoPage = await searchShipmentPhotos(shipmentId, cursor, { requestId });
    photos.push(...page.files);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  return photos;
}

export async function packScope(
  shipmentId: string,
  view: View,
  requestId: string,
  signal?: AbortSignal,
): Promise<PackScope> {
  const store = await db();
  const [photos, decisions, row] = await Promise.all([
    allPhotos(shipmentId, requestId, signal),
    shipmentDecisions(store, shipmentId),
    shipmentRow(store, shipmentId),
  ]);
  const { photo: _, ...filters } = view;
  return {
    shipmentId,
    view: filters,
    photos: orderedPhotos(groupPhotos(photos.filter((p) => matchesView(p, filters)))),
    decisions: new Map(decisions.map((d) => [d.entity_id, d])),
    record: row ? toRecord(row) : null,
  };
}
