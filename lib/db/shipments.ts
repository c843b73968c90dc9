// Sitoo Shipments records the sync has read, the sync's runs and its small state. Server-only.
import "server-only";
import { desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { ArrivalSource, ShipmentRecord } from "@/lib/shipments/model";
import type { Db } from "./client";
import { iso } from "./rows";
import { shipments, syncRuns, syncState } from "./schema";

export type ShipmentRow = typeof shipments.$inferSelect;
export type ShipmentInsert = typeof shipments.$inferInsert;

/** The parts of a record kept as JSON (everything the review page shows that is not a column). */
export type StoredRecord = Pick<
  ShipmentRecord,
  "carrier" | "origin" | "destination" | "origin_warehouse_id" | "destination_warehouse_id" | "items"
>;

/** What the sync needs to know of shipments it may have seen: by Sitoo id. */
export async function knownShipments(db: Db, sitooIds: string[]): Promise<Map<string, ShipmentRow>> {
  if (sitooIds.length === 0) return new Map();
  const rows = await db.select().from(shipments).where(inArray(shipments.sitooId, sitooIds));
  return new Map(rows.map((r) => [r.sitooId, r]));
}

/**
 * Stores a record. A Sitoo shipment whose key changed moves to its new key; of two Sitoo
 * shipments with one key, the one created last is kept.
 */
export async function saveShipment(db: Db, row: ShipmentInsert): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(shipments)
      .where(sql`${shipments.sitooId} = ${row.sitooId} and ${shipments.shipmentId} <> ${row.shipmentId}`);
    await tx
      .insert(shipments)
      .values(row)
      .onConflictDoUpdate({
        target: shipments.shipmentId,
        set: {
          sitooId: sql`excluded.sitoo_id`,
          state: sql`excluded.state`,
          version: sql`excluded.version`,
          createdAt: sql`excluded.created_at`,
          modifiedAt: sql`excluded.modified_at`,
          arrivedAt: sql`excluded.arrived_at`,
          arrivalSource: sql`excluded.arrival_source`,
          carrierDeadline: sql`excluded.carrier_deadline`,
          supplierDeadline: sql`excluded.supplier_deadline`,
          destinationWarehouseId: sql`excluded.destination_warehouse_id`,
          record: sql`excluded.record`,
          photosIndexedAt: sql`excluded.photos_indexed_at`,
          photoCount: sql`excluded.photo_count`,
          syncedAt: sql`excluded.synced_at`,
        },
        setWhere: sql`${shipments.sitooId} = excluded.sitoo_id or ${shipments.createdAt} is null or excluded.created_at >= ${shipments.createdAt}`,
      });
  });
}

export async function shipmentRow(db: Db, shipmentId: string): Promise<ShipmentRow | null> {
  const [row] = await db.select().from(shipments).where(eq(shipments.shipmentId, shipmentId));
  return row ?? null;
}

const unix = (d: Date | null) => (d ? Math.floor(d.getTime() / 1000) : null);

/** A stored row as GET /api/shipments/{id} answers it. */
export function toRecord(row: ShipmentRow): ShipmentRecord {
  const stored = row.record as StoredRecord;
  return {
    id: row.sitooId,
    shipment_id: row.shipmentId,
    state: row.state,
    created_at: unix(row.createdAt),
    modified_at: unix(row.modifiedAt),
    arrived_at: row.arrivedAt ? iso(row.arrivedAt) : null,
    arrival_source: (row.arrivalSource as ArrivalSource | null) ?? null,
    carrier: stored.carrier ?? null,
    origin: stored.origin ?? null,
    destination: stored.destination ?? null,
    origin_warehouse_id: stored.origin_warehouse_id ?? null,
    destination_warehouse_id: stored.destination_warehouse_id ?? null,
    items: stored.items ?? [],
    claim_deadlines:
      row.carrierDeadline && row.supplierDeadline
        ? { carrier: iso(row.carrierDeadline), supplier: iso(row.supplierDeadline) }
        : null,
    synced_at: iso(row.syncedAt),
  };
}

/** Every stored arrival, for recomputing deadlines when the claim windows change. */
export async function arrivals(db: Db): Promise<{ shipmentId: string; arrivedAt: Date }[]> {
  const rows = await db
    .select({ shipmentId: shipments.shipmentId, arrivedAt: shipments.arrivedAt })
    .from(shipments)
    .where(isNotNull(shipments.arrivedAt));
  return rows.flatMap((r) => (r.arrivedAt ? [{ shipmentId: r.shipmentId, arrivedAt: r.arrivedAt }] : []));
}

export async function setDeadlines(db: Db, shipmentId: string, carrier: Date, supplier: Date): Promise<void> {
  await db
    .update(shipments)
    .set({ carrierDeadline: carrier, supplierDeadline: supplier })
    .where(eq(shipments.shipmentId, shipmentId));
}

export async function shipmentCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(shipments);
  return Number(row?.n ?? 0);
}

// ---- sync state and runs ----

export async function syncValue(db: Db, name: string): Promise<{ value: string | null; at: Date | null } | null> {
  const [row] = await db.select().from(syncState).where(eq(syncState.name, name));
  return row ? { value: row.value, at: row.at } : null;
}

export async function setSyncValue(db: Db, name: string, value: string | null, at: Date | null): Promise<void> {
  await db
    .insert(syncState)
    .values({ name, value, at })
    .onConflictDoUpdate({ target: syncState.name, set: { value, at } });
}

export type SyncRunRow = typeof syncRuns.$inferSelect;

export async function startSyncRun(db: Db, trigger: string): Promise<number> {
  const [row] = await db.insert(syncRuns).values({ trigger }).returning({ id: syncRuns.id });
  return row!.id;
}

export async function finishSyncRun(
  db: Db,
  id: number,
  result: Omit<typeof syncRuns.$inferInsert, "id" | "trigger" | "startedAt">,
): Promise<void> {
  await db
    .update(syncRuns)
    .set({ ...result, finishedAt: new Date() })
    .where(eq(syncRuns.id, id));
}

/** The latest runs, newest first. */
export async function recentSyncRuns(db: Db, limit = 1): Promise<SyncRunRow[]> {
  return db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(limit);
}

/** When the last run that ended without errors finished, or null when none has. */
export async function lastGoodSyncAt(db: Db): Promise<Date | null> {
  const rows = await db
    .select({ at: syncRuns.finishedAt })
    .from(syncRuns)
    .where(eq(syncRuns.ok, true))
    .orderBy(desc(syncRuns.id))
    .limit(1);
  return rows[0]?.at ?? null;
}
