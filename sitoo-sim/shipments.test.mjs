import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SHIPMENTS } from "./shipments.mjs";
import { searchPath, startSim } from "./test-helpers.mjs";

let s;
beforeAll(async () => {
  s = await startSim();
});
afterAll(() => s.close());
beforeEach(() => s.reset());

async function listAll(query, from = null) {
  const items = [];
  let next = from;
  let pages = 0;
  do {
    const res = await s.get(`/v3/shipments?${query}${next ? `&next=${encodeURIComponent(next)}` : ""}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    items.push(...body.items);
    next = body.next ?? null;
    pages++;
  } while (next);
  return { items, pages };
}

describe("Shipments v3 list", () => {
  it("refuses to mix active and end states in one call, and unknown states", async () => {
    for (const states of ["arrived,closed", "new,cancelled", "in-transit,closed-incomplete"]) {
      const res = await s.get(`/v3/shipments?shipment_state=${states}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error_data.message).toMatch(/cannot mix/);
    }
    expect((await s.get("/v3/shipments?shipment_state=lost")).status).toBe(400);
    expect((await s.get("/v3/shipments?shipment_state=closed,closed-incomplete,cancelled")).status).toBe(200);
  });

  it("pages with the next cursor, newest first, missing and repeating nothing", async () => {
    const whole = (await s.get("/v3/shipments?shipment_state=arrived&num=1000")).json();
    const { items, pages } = await listAll("shipment_state=arrived&num=7");
    const all = (await whole).items;
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(items.map((i) => i.id)).toEqual(all.map((i) => i.id));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const created = items.map((i) => i.created_at);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(items.every((i) => i.state === "arrived")).toBe(true);
    expect(items.length).toBeGreaterThan(50);
  });

  it("a shipment added mid-walk neither repeats nor hides another page's items", async () => {
    const first = await (await s.get("/v3/shipments?shipment_state=arrived&num=10&sort=-modified_at")).json();
    await s.addShipments({ count: 3, photos: 0 });
    const rest = await listAll("shipment_state=arrived&num=10&sort=-modified_at", first.next);
    const ids = [...first.items, ...rest.items].map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("filters by destination warehouse and omits packages unless asked", async () => {
    const { items } = await listAll("shipment_state=arrived&num=100&destination_warehouse_id=3");
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.info.destination_warehouse_id === 3)).toBe(true);
    expect(items[0].packages).toBeUndefined();
    const withPackages = await (await s.get("/v3/shipments?shipment_state=arrived&num=5&include_packages=true")).json();
    expect(withPackages.items[0].packages[0].items[0]).toHaveProperty("quantity_received");
  });

  it("answers 502 when a page would pass the answer size limit", async () => {
    const big = await startSim({ shipmentsMaxAnswerBytes: 20_000 });
    try {
      const res = await big.get("/v3/shipments?shipment_state=arrived&num=100&include_packages=true");
      expect(res.status).toBe(502);
      expect((await big.get("/v3/shipments?shipment_state=arrived&num=5&include_packages=true")).status).toBe(200);
    } finally {
      await big.close();
    }
  });

  it("needs the API credentials", async () => {
    expect((await s.get("/v3/shipments", {})).status).toBe(401);
  });
});

describe("Shipments v3 seed and one shipment", () => {
  it("has a shipment for each seeded photo shipment, keyed by reference_number, with quantities", async () => {
    const { items } = await listAll("shipment_state=arrived&num=100&include_packages=true");
    const main = items.find((i) => i.info.reference_number === SHIPMENTS.main);
    expect(main.info.carrier.tracking_url).toMatch(/^https:/);
    expect(main.info.origin.contact.email).toContain("@");
    const lines = main.packages.flatMap((p) => p.items);
    expect(lines).toContainEqual({ sku: "SKU-002", quantity: 24, quantity_received: 22 });
    const mixed = items.find((i) => i.info.reference_number === SHIPMENTS.mixed);
    expect(mixed.info.carrier.tracking_url).toMatch(/^javascript:/);
    const neighbour = items.find((i) => i.info.reference_number === SHIPMENTS.neighbour);
    expect(neighbour.info.carrier.tracking_url).toBeUndefined();
    const closed = await listAll("shipment_state=closed,closed-incomplete&num=100");
    expect(closed.items.some((i) => i.info.reference_number === SHIPMENTS.bulk)).toBe(true);
  });

  it("answers one shipment by id, and 404 for an unknown one", async () => {
    const [first] = (await (await s.get("/v3/shipments?num=1")).json()).items;
    const res = await s.get(`/v3/shipments/${first.id}`);
    expect(res.status).toBe(200);
    expect((await res.json()).id).toBe(first.id);
    expect((await s.get("/v3/shipments/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("adds an arrived shipment with photos that the media search finds", async () => {
    const [added] = await s.addShipments({ photos: 4 });
    const list = await (await s.get("/v3/shipments?shipment_state=arrived&num=1&sort=-modified_at")).json();
    expect(list.items[0].id).toBe(added.id);
    const search = await (await s.get(searchPath(added.reference_number))).json();
    expect(search.files).toHaveLength(4);
  });

  it("applies faults to the shipments service alone", async () => {
    await s.fault({ service: "shipments", kind: "status", status: 503, count: 1 });
    expect((await s.get("/v3/shipments")).status).toBe(503);
    expect((await s.get("/v3/shipments")).status).toBe(200);
  });
});
