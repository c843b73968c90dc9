import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { sitooEnv } from "@/sitoo-sim/client.mjs";
import { startSim } from "@/sitoo-sim/test-helpers.mjs";
import { catalogEnabled, catalogForSkus } from "./catalog";
import { parseSitooConfig, type SitooConfig } from "./config";

// The real REST v2 client against the simulator.
let s: Awaited<ReturnType<typeof startSim>>;
let config: SitooConfig;
let n = 0;
// Each test asks for a distinct SKU set (the cache is keyed by it), so no test sees another's answer.
const ctx = () => ({ requestId: `catalog-${n++}`, config });

beforeAll(async () => {
  s = await startSim();
  config = parseSitooConfig({
    ...sitooEnv(s.origin),
    SITOO_CATALOG_PAGE_SIZE: "5",
    SITOO_TIMEOUT_MS: "500",
    SITOO_DEADLINE_MS: "1500",
  });
});
afterAll(() => s.close());
beforeEach(() => s.reset());

const productCalls = async () => (await s.requests()).filter((r) => r.path.endsWith("/products.json"));

describe("catalogForSkus", () => {
  it("keeps SKU sets apart in its cache even when a SKU holds the separator (a newline)", async () => {
    const cached = { ...config, catalogCacheSeconds: 300 };
    const odd = await catalogForSkus(["SKU-001\nSKU-002"], { requestId: "nl-1", config: cached });
    expect(odd.map((e) => e.product)).toEqual([null]);
    const real = await catalogForSkus(["SKU-001", "SKU-002"], { requestId: "nl-2", config: cached });
    expect(real.map((e) => e.product?.title)).toEqual(["Ceramic mug, 350 ml", "Oak serving board"]);
  });

  it("looks up every SKU in one products.json call, asking only for the fields it uses", async () => {
    const entries = await catalogForSkus(["SKU-001", "SKU-002", "SKU-404"], ctx());
    const calls = await productCalls();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query).toMatchObject({ sku: "SKU-001,SKU-002,SKU-404", fields: "productid,sku,title" });
    expect(entries.map((e) => [e.sku, e.product?.title ?? null])).toEqual([
      ["SKU-001", "Ceramic mug, 350 ml"],
      ["SKU-002", "Oak serving board"],
      ["SKU-404", null],
    ]);
  });

  it("joins resource URLs that load, and lists PDF files", async () => {
    const [entry] = await catalogForSkus(["SKU-003"], ctx());
    const odd = entry!.images.find((i) => i.name.includes("#"))!;
    expect(odd.url).toBe(`${s.origin}/resources/napkins%20%231%20100%25.jpg`);
    expect((await fetch(odd.url!)).status).toBe(200);
    expect(entry!.files).toEqual([
      expect.objectContaining({
        name: "Spec sheet – SKU-003.pdf",
        mimetype: "application/pdf",
        size: expect.any(Number),
      }),
    ]);
  });

  it("pages through a product with more images than one page", async () => {
    const [entry] = await catalogForSkus(["SKU-011"], ctx());
    expect(entry!.images).toHaveLength(12);
    expect(new Set(entry!.images.map((i) => i.name)).size).toBe(12);
    const imageCalls = (await s.requests()).filter((r) => r.path.endsWith("/images.json"));
    expect(imageCalls.map((r) => r.query.start)).toEqual(["0", "5", "10"]);
  });

  it("lists images by name when no resource base URL is set", async () => {
    const [entry] = await catalogForSkus(["SKU-005"], { requestId: "r", config: { ...config, resourceBaseUrl: null } });
    expect(entry!.images[0]).toMatchObject({ name: "carafe.jpg", url: null, width: 800, height: 800 });
  });

  it("answers from memory the second time", async () => {
    await catalogForSkus(["SKU-010", "SKU-011"], ctx());
    await s.reset();
    await catalogForSkus(["SKU-011", "SKU-010"], ctx());
    expect(await s.requests()).toEqual([]);
  });

  it("maps a REST failure to our error and does not cache it", async () => {
    await s.fault({ service: "rest", kind: "status", status: 500, count: 1 });
    await expect(catalogForSkus(["B-SKU-01"], ctx())).rejects.toBeInstanceOf(AppError);
    const [entry] = await catalogForSkus(["B-SKU-01"], ctx());
    expect(entry!.product?.title).toBe("Bulk item 1");
  });

  it("is off without a REST base URL or site", () => {
    expect(catalogEnabled({ ...config, siteId: null })).toBe(false);
    expect(catalogEnabled({ ...config, restBaseUrl: null })).toBe(false);
    expect(catalogEnabled(config)).toBe(true);
  });
});
