// The shipment record behind a media shipment ID, for GET /api/shipments/{id}: what the sync
// stored, refreshed from Sitoo when it answers quickly (quantities change while a store receives).
// Never slower than REFRESH_DEADLINE_MS; the photo review does not wait on it. Server-only.
import "server-only";
import type { AppError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { type ShipmentRow, shipmentRow, toRecord } from "@/lib/db/shipments";
import { log } from "@/lib/server/log";
import { singleton } from "@/lib/server/singleton";
import { createTtlCache } from "@/lib/server/ttl-cache";
import { claimDeadlines } from "@/lib/shipments/claim-deadline";
import type { ShipmentAnswer, ShipmentRecord } from "@/lib/shipments/model";
import { sitooConfig } from "@/lib/sitoo/config";
import { getShipment, type SitooShipment, shipmentsEnabled, shipmentsRefused } from "@/lib/sitoo/shipments";
import { arrivalOf, storedRecord } from "./row";
import { syncSettings } from "./settings";
import { syncStatus } from "./status";

const REFRESH_DEADLINE_MS = 2_500;
const LIVE_CACHE_MS = 30_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One live read per Sitoo shipment per half minute, shared by everyone viewing it. */
function live(sitooId: string, requestId: string): Promise<SitooShipment | null> {
  const cache = singleton("shipment-live", () => createTtlCache<SitooShipment | null>({ ttlMs: LIVE_CACHE_MS }));
  return cache.get(sitooId, () => getShipment(sitooId, { requestId, deadlineMs: REFRESH_DEADLINE_MS }));
}

function merged(s: SitooShipment, known: ShipmentRow | null, shipmentId: string): ShipmentRecord {
  const arrival = arrivalOf(s, known);
  const deadlines = arrival ? claimDeadlines(arrival.at, syncSettings().windows) : null;
  return {
    id: s.id,
    shipment_id: shipmentId,
    state: s.state,
    created_at: s.created_at,
    modified_at: s.modified_at,
    arrived_at: arrival?.at.toISOString() ?? null,
    arrival_source: arrival?.source ?? null,
    ...storedRecord(s, known),
    claim_deadlines: deadlines
      ? { carrier: deadlines.carrier.toISOString(), supplier: deadlines.supplier.toISOString() }
      : null,
    synced_at: new Date().toISOString(),
  };
}

export async function shipmentAnswer(shipmentId: string, requestId: string): Promise<ShipmentAnswer> {
  if (!shipmentsEnabled()) return { shipment: null, unavailable: (await syncStatus()).unavailable };
  const row = await shipmentRow(await db(), shipmentId);
  const sitooId =
    row?.sitooId ?? (sitooConfig().shipmentKeyField === "id" && UUID.test(shipmentId) ? shipmentId : null);
  if (!sitooId) return { shipment: null, unavailable: (await syncStatus()).unavailable };
  try {
    const fresh = await live(sitooId, requestId);
    if (fresh && fresh.key === shipmentId) return { shipment: merged(fresh, row, shipmentId), unavailable: null };
  } catch (err) {
    // Refused (401/403): the account no longer has Shipments, so no record, as when it is off.
    if (shipmentsRefused(err) && (err as AppError).upstreamStatus !== 404)
      return { shipment: null, unavailable: { code: "UPSTREAM_AUTH_FAILED", message: (err as AppError).message } };
    log("info", "shipment record served as last synced", { request_id: requestId, error: String(err) });
  }
  return { shipment: row ? toRecord(row) : null, unavailable: null };
}
