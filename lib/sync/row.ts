// How a Shipments v3 record becomes the stored row: its arrival time (and where that came from)
// and its claim deadlines. Server-only.
import "server-only";
import type { ShipmentInsert, ShipmentRow, StoredRecord } from "@/lib/db/shipments";
import { type ClaimWindows, claimDeadlines } from "@/lib/shipments/claim-deadline";
import type { ArrivalSource } from "@/lib/shipments/model";
import type { SitooShipment } from "@/lib/sitoo/shipments";

/**
 * When the shipment arrived: kept once observed; else its modified_at when first seen arrived;
 * else (first seen closed) the carrier's estimated delivery, or its creation time.
 */
export function arrivalOf(s: SitooShipment, known: ShipmentRow | null): { at: Date; source: ArrivalSource } | null {
  if (known?.arrivedAt && known.arrivalSource === "observed") return { at: known.arrivedAt, source: "observed" };
  if (s.state === "arrived" && s.modified_at !== null)
    return { at: new Date(s.modified_at * 1000), source: "observed" };
  if (known?.arrivedAt && known.arrivalSource)
    return { at: known.arrivedAt, source: known.arrivalSource as ArrivalSource };
  const estimated = s.carrier?.estimated_delivery_at;
  if (estimated) return { at: new Date(estimated * 1000), source: "estimated_delivery" };
  if (s.created_at !== null) return { at: new Date(s.created_at * 1000), source: "created" };
  return null;
}

export function storedRecord(s: SitooShipment, known: ShipmentRow | null): StoredRecord {
  return {
    carrier: s.carrier,
    origin: s.origin,
    destination: s.destination,
    origin_warehouse_id: s.origin_warehouse_id,
    destination_warehouse_id: s.destination_warehouse_id,
    // A list asked without packages keeps the lines it had.
    items: s.items ?? (known?.record as StoredRecord | undefined)?.items ?? [],
  };
}

/** The row to store for `s` (its photos not yet indexed: the caller sets that). */
export function shipmentRowFor(
  s: SitooShipment,
  known: ShipmentRow | null,
  windows: ClaimWindows,
  now: Date,
): ShipmentInsert {
  const arrival = arrivalOf(s, known);
  const deadlines = arrival ? claimDeadlines(arrival.at, windows) : null;
  return {
    shipmentId: s.key!,
    sitooId: s.id,
    state: s.state,
    version: s.version,
    createdAt: s.created_at !== null ? new Date(s.created_at * 1000) : null,
    modifiedAt: s.modified_at !== null ? new Date(s.modified_at * 1000) : null,
    arrivedAt: arrival?.at ?? null,
    arrivalSource: arrival?.source ?? null,
    carrierDeadline: deadlines?.carrier ?? null,
    supplierDeadline: deadlines?.supplier ?? null,
    destinationWarehouseId: s.destination_warehouse_id,
    record: storedRecord(s, known),
    photosIndexedAt: null,
    photoCount: null,
    syncedAt: now,
  };
}
