import { expect, it } from "vitest";
import { changeDecision } from "./decisions";
import {
  decodeWorklistCursor,
  encodeWorklistCursor,
  recordSeen,
  type SeenDiscrepancy,
  type WorklistFilter,
  worklistCounts,
  worklistPage,
} from "./discrepancies";
import { saveShipment, shipmentRow, toRecord } from "./shipments";
import { describeStores } from "./test-stores";

const seen = (
  shipment: string,
  sku: string,
  reason: string,
  d: string,
  photoCount = 2,
  partial = false,
): SeenDiscrepancy => ({
  entityId: `${shipment}|${sku}|${reason}|${d}`,
  shipmentId: shipment,
  sku,
  reasonCode: reason,
  discrepancyId: d,
  photoCount,
  partial,
});
const ALL: WorklistFilter = { statuses: [], assignee: "anyone", reason: null, shipment: null };

describeStores("discrepancy index and worklist", (store) => {
  it("indexes the good rows of a batch the database refuses one row of, and names the bad one", async () => {
    const db = store().db;
    const refused = await recordSeen(db, [
      seen("IDXNUL", "OK-SKU", "DAMAGED", "1"),
      seen("IDXNUL", "BAD\u0000SKU", "DAMAGED", "2"),
      seen("IDXNUL", "OK-SKU", "WRONG_ITEM", "3"),
    ]);
    expect(refused.map((r) => r.entityId)).toEqual(["IDXNUL|BAD\u0000SKU|DAMAGED|2"]);
    const { items } = await worklistPage(db, { ...ALL, shipment: "IDXNUL" }, null);
    expect(items.map((i) => i.entity_id).sort()).toEqual(["IDXNUL|OK-SKU|DAMAGED|1", "IDXNUL|OK-SKU|WRONG_ITEM|3"]);
  });

  it("records what searches saw, keeps the first sighting, and never lowers a partial count", async () => {
    const db = store().db;
    await recordSeen(db, [seen("IDX1", "A", "DAMAGED", "1", 3)], new Date("2026-01-01T00:00:00Z"));
    await recordSeen(db, [seen("IDX1", "A", "DAMAGED", "1", 1, true)], new Date("2026-01-02T00:00:00Z"));
    const { items } = await worklistPage(db, { ...ALL, shipment: "IDX1" }, null);
    expect(items).toEqual([
      expect.objectContaining({
        entity_id: "IDX1|A|DAMAGED|1",
        photo_count: 3,
        first_seen_at: "2026-01-01T00:00:00.000Z",
        last_seen_at: "2026-01-02T00:00:00.000Z",
        status: "open",
        assignee: null,
      }),
    ]);
    await recordSeen(db, [seen("IDX1", "A", "DAMAGED", "1", 2)]);
    expect((await worklistPage(db, { ...ALL, shipment: "IDX1" }, null)).items[0]!.photo_count).toBe(2);
  });

  it("lists open work oldest first, pages with a cursor, and filters by status, assignee and reason", async () => {
    const db = store().db;
    const base = Date.parse("2026-02-01T00:00:00Z");
    for (let i = 0; i < 7; i++)
      await recordSeen(db, [seen("WL1", `S${i}`, i % 2 ? "WET" : "DAMAGED", "d")], new Date(base + i * 1000));
    const id = (i: number) => `WL1|S${i}|${i % 2 ? "WET" : "DAMAGED"}|d`;
    await changeDecision(db, {
      shipmentId: "WL1",
      entityId: id(0),
      version: 0,
      actor: "ann",
      change: { status: "credited" },
    });
    await changeDecision(db, {
      shipmentId: "WL1",
      entityId: id(1),
      version: 0,
      actor: "ann",
      change: { assignee: "ann", status: "claimed" },
    });
    const f = { ...ALL, shipment: "WL1" };

    const first = await worklistPage(db, f, null, 3);
    expect(first.items.map((i) => i.entity_id)).toEqual([id(1), id(2), id(3)]);
    const second = await worklistPage(db, f, first.next, 3);
    expect(second.items.map((i) => i.entity_id)).toEqual([id(4), id(5), id(6)]);
    expect(second.next).toBeNull();

    expect((await worklistPage(db, { ...f, assignee: "ann" }, null)).items.map((i) => i.status)).toEqual(["claimed"]);
    expect((await worklistPage(db, { ...f, assignee: "unassigned" }, null)).items).toHaveLength(5);
    expect((await worklistPage(db, { ...f, statuses: ["credited"] }, null)).items.map((i) => i.entity_id)).toEqual([
      id(0),
    ]);
    expect((await worklistPage(db, { ...f, statuses: ["open", "claimed"] }, null)).items).toHaveLength(6);
    expect((await worklistPage(db, { ...f, reason: "WET" }, null)).items.map((i) => i.entity_id)).toEqual([
      id(1),
      id(3),
      id(5),
    ]);
    expect(await worklistCounts(db, f)).toMatchObject({ open: 5, claimed: 1, credited: 1, no_action: 0 });
  });

  it("sorts by the claim deadline that applies, none last, and pages through it", async () => {
    const db = store().db;
    const at = new Date("2026-03-01T00:00:00Z");
    const shipment = (id: string, carrier: string, supplier: string) =>
      saveShipment(db, {
        shipmentId: id,
        sitooId: `sitoo-${id}`,
        state: "arrived",
        version: 1,
        createdAt: at,
        modifiedAt: at,
        arrivedAt: at,
        arrivalSource: "observed",
        carrierDeadline: new Date(carrier),
        supplierDeadline: new Date(supplier),
        destinationWarehouseId: 2,
        record: { carrier: null, origin: null, destination: null, items: [] },
        photosIndexedAt: at,
        photoCount: 1,
      });
    await shipment("DL1", "2026-03-09T23:59:59.999Z", "2026-03-15T23:59:59.999Z");
    await shipment("DL2", "2026-03-05T23:59:59.999Z", "2026-03-20T23:59:59.999Z");
    await recordSeen(db, [
      seen("DL1", "A", "DAMAGED", "1"),
      seen("DL2", "A", "DAMAGED", "1"),
      seen("DL2", "B", "SHORTAGE", "1"),
      seen("DL3", "A", "DAMAGED", "1"),
    ]);
    // DL2|B is a supplier claim in progress: its own (later) deadline applies.
    await changeDecision(db, {
      shipmentId: "DL2",
      entityId: "DL2|B|SHORTAGE|1",
      version: 0,
      actor: "ann",
      change: { status: "in_progress", claim: { party: "supplier", reference: null, amount: null, currency: null } },
    });
    const f = { ...ALL, reason: null };
    const ids: string[] = [];
    const deadlines: (string | null)[] = [];
    let after = null;
    do {
      const page: Awaited<ReturnType<typeof worklistPage>> = await worklistPage(db, f, after, 1, "deadline");
      for (const i of page.items.filter((i) => i.shipment_id.startsWith("DL"))) {
        ids.push(i.entity_id);
        deadlines.push(i.claim_deadline);
      }
      after = page.next;
    } while (after);
    expect(ids).toEqual(["DL2|A|DAMAGED|1", "DL1|A|DAMAGED|1", "DL2|B|SHORTAGE|1", "DL3|A|DAMAGED|1"]);
    expect(deadlines).toEqual([
      "2026-03-05T23:59:59.999Z",
      "2026-03-09T23:59:59.999Z",
      "2026-03-20T23:59:59.999Z",
      null,
    ]);
    const first = (await worklistPage(db, { ...f, shipment: "DL1" }, null)).items[0]!;
    expect(first.arrived_at).toBe("2026-03-01T00:00:00.000Z");
    expect(toRecord((await shipmentRow(db, "DL1"))!).claim_deadlines).toEqual({
      carrier: "2026-03-09T23:59:59.999Z",
      supplier: "2026-03-15T23:59:59.999Z",
    });
  });

  it("keeps one record per shipment ID: a Sitoo shipment that changes its key moves, the newer of two keeps it", async () => {
    const db = store().db;
    const row = (shipmentId: string, sitooId: string, created: string) => ({
      shipmentId,
      sitooId,
      state: "arrived",
      createdAt: new Date(created),
      record: { carrier: null, origin: null, destination: null, items: [] },
    });
    await saveShipment(db, row("KEY1", "s-1", "2026-01-01T00:00:00Z"));
    await saveShipment(db, row("KEY2", "s-1", "2026-01-01T00:00:00Z"));
    expect(await shipmentRow(db, "KEY1")).toBeNull();
    expect((await shipmentRow(db, "KEY2"))?.sitooId).toBe("s-1");
    await saveShipment(db, row("KEY2", "s-older", "2025-12-01T00:00:00Z"));
    expect((await shipmentRow(db, "KEY2"))?.sitooId).toBe("s-1");
    await saveShipment(db, row("KEY2", "s-newer", "2026-02-01T00:00:00Z"));
    expect((await shipmentRow(db, "KEY2"))?.sitooId).toBe("s-newer");
  });
});

it("reads back only cursors it wrote: times PostgreSQL can hold, entity ids without broken text", () => {
  const good: [string, string] = ["2026-01-01T00:00:00.000Z", "S|A|B|1"];
  expect(decodeWorklistCursor(encodeWorklistCursor(good))).toEqual(good);
  const forged = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  expect(decodeWorklistCursor(forged(["-004714-01-01T00:00:00.000Z", "x"]))).toBeNull();
  expect(decodeWorklistCursor(forged(["0000-01-01T00:00:00.000Z", "x"]))).toBeNull();
  expect(decodeWorklistCursor(forged(["2026-01-01", "x"]))).toBeNull();
  expect(decodeWorklistCursor(forged(["2026-01-01T00:00:00.000Z", "a\u0000"]))).toBeNull();
});
