import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { openStore } from "@/lib/db/client";
import { worklistPage } from "@/lib/db/discrepancies";
import { recentSyncRuns, shipmentRow } from "@/lib/db/shipments";
import { describeStores } from "@/lib/db/test-stores";
import { parseSitooConfig, type SitooConfig } from "@/lib/sitoo/config";
import { SHIPMENTS, sitooEnv } from "@/sitoo-sim/client.mjs";
import { startSim } from "@/sitoo-sim/test-helpers.mjs";
import { runSync } from "./run";
import { parseSyncSettings } from "./settings";

// The sync against the real simulator and real stores (PGlite, and PostgreSQL when one answers).
let s: Awaited<ReturnType<typeof startSim>>;
let config: SitooConfig;
const settings = parseSyncSettings({ SYNC_INTERVAL_SECONDS: "300" });
type Logged = { path: string; service: string; status: number; query: Record<string, string> };
const log = async () => (await s.requests()) as Logged[];
const lists = (l: Logged[]) => l.filter((r) => r.path === "/v3/shipments").length;
const searches = (l: Logged[]) => l.filter((r) => r.path === "/v1/media/search").length;
const ALL = { statuses: [], assignee: "anyone", reason: null, shipment: null };

beforeAll(async () => {
  s = await startSim();
  config = parseSitooConfig({ ...sitooEnv(s.origin), SITOO_SEARCH_CACHE_SECONDS: "0", SITOO_DEADLINE_MS: "4000" });
});
afterAll(() => s.close());

describeStores("shipments sync", (store, databaseUrl) => {
  beforeEach(async () => {
    await s.reset();
    await store().db.execute(sql`truncate shipments, sync_runs, sync_state, discrepancies`);
  });
  const sync = (o: object = {}) => runSync({ trigger: "manual", force: true, store: store(), config, settings, ...o });

  it("fills the index from arrived and recently closed shipments, and stores each record", async () => {
    const out = await sync();
    expect(out).toMatchObject({ ran: true, ok: true, failed: 0 });
    const db = store().db;
    for (const id of [SHIPMENTS.main, SHIPMENTS.mixed, SHIPMENTS.bulk]) {
      const { items } = await worklistPage(db, { ...ALL, shipment: id }, null);
      expect(items.length, id).toBeGreaterThan(0);
    }
    const main = await shipmentRow(db, SHIPMENTS.main);
    expect(main).toMatchObject({ state: "arrived", arrivalSource: "observed", photoCount: 16 });
    expect(main!.carrierDeadline!.getTime()).toBeGreaterThan(main!.arrivedAt!.getTime());
    // First seen closed: the carrier's estimated delivery stands in for the arrival.
    expect((await shipmentRow(db, SHIPMENTS.bulk))?.arrivalSource).toBe("estimated_delivery");
    // A shipment without photos is known, with none indexed; cancelled ones are not followed.
    expect((await shipmentRow(db, "AR400100"))?.photoCount).toBe(0);
    expect(await shipmentRow(db, "CA400100")).toBeNull();
    // Closed more than SYNC_CLOSED_DAYS ago: not followed.
    expect(await shipmentRow(db, "CL400120")).toBeNull();
    expect(await shipmentRow(db, "CL400100")).not.toBeNull();
  });

  it("presses of Check Sitoo now inside the cooldown start no run and call Sitoo not at all", async () => {
    const first = await sync({ cooldownSeconds: 30 });
    expect(first).toMatchObject({ ran: true });
    await s.clearRequests();
    const presses = [];
    for (let i = 0; i < 5; i++) presses.push(await sync({ cooldownSeconds: 30 }));
    expect(presses).toEqual(Array(5).fill({ ran: false, reason: "recent" }));
    expect(await s.requests()).toEqual([]);
    // Once the cooldown has passed, a press runs again.
    const later = new Date(Date.now() + 31_000);
    expect(await sync({ cooldownSeconds: 30, now: () => later })).toMatchObject({ ran: true });
  });

  it("with nothing new, costs one list call per state group and no search", async () => {
    await sync();
    await s.clearRequests();
    const out = await sync();
    expect(out).toMatchObject({ ran: true, ok: true, searched: 0 });
    const l = await log();
    expect(lists(l)).toBe(2);
    expect(searches(l)).toBe(0);
  });

  it("picks up a new arrived shipment with photos, searching only it", async () => {
    await sync();
    const [added] = await s.addShipments({ photos: 4 });
    await s.clearRequests();
    const out = await sync();
    expect(out).toMatchObject({ ok: true, searched: 1, discrepancies: 4 });
    expect(searches(await log())).toBe(1);
    const { items } = await worklistPage(store().db, { ...ALL, shipment: added!.reference_number }, null);
    expect(items.map((i) => i.entity_id).sort()).toEqual([...added!.entity_ids].sort());
  });

  it("searches a known shipment again when it changes (arrived → closed)", async () => {
    await sync();
    const [added] = await s.addShipments({ photos: 1 });
    await sync();
    await s.setShipmentState(added!.id, "closed");
    await s.clearRequests();
    expect(await sync()).toMatchObject({ ok: true, searched: 1 });
    expect((await shipmentRow(store().db, added!.reference_number))?.state).toBe("closed");
  });

  it("a 429 storm slows the sync without failing it", async () => {
    await s.fault({ service: "media", kind: "status", status: 429, retry_after: 1, count: 8 });
    const started = Date.now();
    const out = await sync();
    await s.clearFaults();
    expect(out).toMatchObject({ ran: true, ok: true, failed: 0 });
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect((await worklistPage(store().db, { ...ALL, shipment: SHIPMENTS.main }, null)).items.length).toBeGreaterThan(
      0,
    );
  }, 60_000);

  it("records a refusal (403) as the run's error and keeps going next time", async () => {
    await s.fault({ service: "shipments", kind: "status", status: 403 });
    const out = await sync();
    expect(out).toMatchObject({ ran: true, ok: false, error: { code: "UPSTREAM_AUTH_FAILED" } });
    const [run] = await recentSyncRuns(store().db, 1);
    expect(run).toMatchObject({ ok: false, errorCode: "UPSTREAM_AUTH_FAILED" });
    expect(run!.error).toMatch(/refused/);
    await s.clearFaults();
    expect(await sync()).toMatchObject({ ok: true });
  });

  it("runs once when two instances start it together", async () => {
    const url = databaseUrl();
    const other = url ? await openStore({ databaseUrl: url }) : store();
    try {
      await s.clearRequests();
      // A run that finished a moment ago makes the next scheduled one wait for its interval.
      const both = await Promise.all([
        runSync({ trigger: "start", store: store(), config, settings }),
        runSync({ trigger: "start", store: other, config, settings }),
      ]);
      expect(both.filter((o) => o.ran)).toHaveLength(1);
      expect(both.find((o) => !o.ran)).toMatchObject({ reason: expect.stringMatching(/busy|recent/) });
      // Counted in the simulator: every shipment's photos were searched once, not twice.
      const firstPages = (await log())
        .filter((r) => r.path === "/v1/media/search" && !r.query.cursor)
        .map((r) => r.query.entity_id);
      const ran = both.find((o) => o.ran) as { searched: number };
      expect(firstPages).toHaveLength(ran.searched);
      expect(new Set(firstPages).size).toBe(firstPages.length);
      expect(ran.searched).toBeGreaterThan(50);
    } finally {
      if (other !== store()) await other.close();
    }
  });

  it("does nothing when Shipments is off", async () => {
    const off = parseSitooConfig({ ...sitooEnv(s.origin), SITOO_SHIPMENTS_BASE_URL: "off" });
    await s.clearRequests();
    expect(await runSync({ trigger: "manual", store: store(), config: off, settings })).toEqual({
      ran: false,
      reason: "off",
    });
    expect(await log()).toHaveLength(0);
  });
});
