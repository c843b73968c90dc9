import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { SHIPMENTS, sitooEnv } from "@/sitoo-sim/client.mjs";
import { startSim } from "@/sitoo-sim/test-helpers.mjs";
import { parseSitooConfig, type SitooConfig } from "./config";
import { getShipment, listShipments, shipmentsRefused } from "./shipments";

// The real Shipments client over HTTP against the simulator.
let s: Awaited<ReturnType<typeof startSim>>;
let config: SitooConfig;
const ctx = () => ({ requestId: "test-request", config });
type Logged = { path: string; query: Record<string, string>; status: number };
const listCalls = async () => ((await s.requests()) as Logged[]).filter((r) => r.path === "/v3/shipments");

beforeAll(async () => {
  s = await startSim();
  config = parseSitooConfig({ ...sitooEnv(s.origin), SITOO_TIMEOUT_MS: "1000", SITOO_DEADLINE_MS: "3000" });
});
afterAll(() => s.close());
beforeEach(() => s.reset());

describe("listShipments", () => {
  it("lists one state group newest change first, with quantities per SKU summed over packages", async () => {
    const page = await listShipments({ states: ["arrived"], num: 100 }, ctx());
    const changed = page.items.map((i) => i.modified_at!);
    expect(changed).toEqual([...changed].sort((a, b) => b - a));
    const main = page.items.find((i) => i.key === SHIPMENTS.main)!;
    expect(main.carrier?.name).toBe("DHL Freight");
    expect(main.origin?.email).toContain("@");
    expect(main.items).toContainEqual({ sku: "SKU-002", quantity: 24, quantity_received: 22 });
    const [call] = await listCalls();
    expect(call!.query).toMatchObject({ shipment_state: "arrived", sort: "-modified_at", include_packages: "true" });
  });

  it("asks again once with a smaller page when Sitoo answers 502 (its 1 MB limit)", async () => {
    await s.fault({ service: "shipments", kind: "status", status: 502, count: 1 });
    const page = await listShipments({ states: ["arrived"], num: 50 }, ctx());
    expect(page.num).toBe(10);
    expect(page.items).toHaveLength(10);
    expect((await listCalls()).map((c) => [c.query.num, c.status])).toEqual([
      ["50", 502],
      ["10", 200],
    ]);
  });

  it("maps a refusal to an error that says Shipments is unavailable", async () => {
    await s.fault({ service: "shipments", kind: "status", status: 403 });
    const err = await listShipments({ states: ["arrived"] }, ctx()).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(shipmentsRefused(err)).toBe(true);
  });

  it("follows SITOO_WAREHOUSE_IDS", async () => {
    const only3 = parseSitooConfig({ ...sitooEnv(s.origin), SITOO_WAREHOUSE_IDS: "3" });
    const page = await listShipments({ states: ["arrived"], num: 100 }, { requestId: "t", config: only3 });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.destination_warehouse_id === 3)).toBe(true);
  });
});

describe("getShipment", () => {
  it("reads one by id and answers null for an unknown id", async () => {
    const [first] = (await listShipments({ states: ["arrived"], num: 1 }, ctx())).items;
    expect((await getShipment(first!.id, ctx()))?.key).toBe(first!.key);
    expect(await getShipment("00000000-0000-4000-8000-000000000000", ctx())).toBeNull();
  });

  it("drops a key that is not a valid shipment ID, and keys by barcode or id when told", async () => {
    const byId = parseSitooConfig({ ...sitooEnv(s.origin), SITOO_SHIPMENT_KEY_FIELD: "id" });
    const [first] = (await listShipments({ states: ["arrived"], num: 1 }, { requestId: "t", config: byId })).items;
    expect(first!.key).toBe(first!.id);
  });
});
