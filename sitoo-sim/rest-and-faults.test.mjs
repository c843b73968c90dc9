import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { searchPath, startSim } from "./test-helpers.mjs";

let s;
const base = "/v2/accounts/1500/sites/1";

beforeAll(async () => {
  s = await startSim();
});
afterAll(() => s.close());
beforeEach(() => s.reset());

describe("REST API v2 subset", () => {
  it("looks up several SKUs in one call, with only the requested fields", async () => {
    const res = await s.get(`${base}/products.json?sku=SKU-001,SKU-002,SKU-404&fields=productid,sku,title`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totalcount).toBe(2);
    expect(body.items.map((p) => p.sku).sort()).toEqual(["SKU-001", "SKU-002"]);
    for (const item of body.items) expect(Object.keys(item).sort()).toEqual(["productid", "sku", "title"]);
  });

  it("pages with start and num (default 10)", async () => {
    const all = await (await s.get(`${base}/products.json?num=100`)).json();
    expect(all.items.length).toBe(all.totalcount);
    const first = await (await s.get(`${base}/products.json`)).json();
    expect(first.items).toHaveLength(10);
    const second = await (await s.get(`${base}/products.json?start=10&num=10`)).json();
    expect([...first.items, ...second.items].map((p) => p.productid)).toEqual(all.items.map((p) => p.productid));
    expect((await s.get(`${base}/products.json?num=0`)).status).toBe(400);
  });

  it("lists a product's images and files, and reads one of each by index", async () => {
    const [product] = (await (await s.get(`${base}/products.json?sku=SKU-011`)).json()).items;
    const images = await (await s.get(`${base}/products/${product.productid}/images.json?num=5`)).json();
    expect(images.totalcount).toBe(12);
    expect(images.items).toHaveLength(5);
    expect(images.items[0]).toMatchObject({ mimetype: "image/jpeg", width: 800, height: 800 });
    const one = await (await s.get(`${base}/products/${product.productid}/images/1.json`)).json();
    expect(one.resourceid).toBe(images.items[1].resourceid);
    const [sku1] = (await (await s.get(`${base}/products.json?sku=SKU-001`)).json()).items;
    const files = await (await s.get(`${base}/products/${sku1.productid}/files.json`)).json();
    expect(files.items[0]).toMatchObject({ mimetype: "application/pdf" });
    const file = await (await s.get(`${base}/products/${sku1.productid}/files/0.json`)).json();
    expect(file.resourceid).toBe(files.items[0].resourceid);
    expect((await s.get(`${base}/products/${sku1.productid}/files/9.json`)).status).toBe(404);
  });

  it("serves resource files, names with odd characters included", async () => {
    const [product] = (await (await s.get(`${base}/products.json?sku=SKU-003`)).json()).items;
    const images = await (await s.get(`${base}/products/${product.productid}/images.json`)).json();
    const odd = images.items.find((i) => i.resourceid.includes("#"));
    expect(odd).toBeDefined();
    const res = await fetch(`${s.origin}/resources/${encodeURIComponent(odd.resourceid)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    const pdf = await fetch(`${s.origin}/resources/${encodeURIComponent("Spec sheet – SKU-003.pdf")}`);
    expect((await pdf.text()).startsWith("%PDF-")).toBe(true);
  });

  it("answers the site and refuses a wrong account, site or credentials", async () => {
    expect((await (await s.get(`${base}.json`)).json()).siteurl).toBe(s.origin);
    expect((await s.get("/v2/accounts/9/sites/1/products.json")).status).toBe(404);
    expect((await s.get("/v2/accounts/1500/sites/7/products.json")).status).toBe(404);
    const res = await s.get(`${base}/products.json`, {});
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ statuscode: 401 });
  });
});

describe("fault injection", () => {
  const search = () => s.get(searchPath("1RT823V93"));

  it("answers an injected status for a number of requests, then recovers", async () => {
    await s.fault({ service: "media", kind: "status", status: 503, count: 2 });
    expect((await search()).status).toBe(503);
    const second = await search();
    expect(second.status).toBe(503);
    expect((await second.json()).error_code).toBe("INTERNAL_ERROR");
    expect((await search()).status).toBe(200);
  });

  it("sends 429 with Retry-After", async () => {
    await s.fault({ service: "media", kind: "status", status: 429, retry_after: 3, count: 1 });
    const res = await search();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("3");
  });

  it("adds latency", async () => {
    await s.fault({ service: "media", kind: "latency", latency_ms: 300, count: 1 });
    const started = performance.now();
    expect((await search()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("sends malformed JSON, an empty body, and an answer missing a required field", async () => {
    await s.fault({ service: "media", kind: "malformed", count: 1 });
    await expect((await search()).json()).rejects.toThrow();
    await s.fault({ service: "media", kind: "empty", count: 1 });
    expect(await (await search()).text()).toBe("");
    await s.fault({ service: "media", kind: "missing_field", count: 1 });
    const body = await (await search()).json();
    expect(body.files.length).toBeGreaterThan(0);
    expect(body.files.every((f) => !("file_id" in f))).toBe(true);
  });

  it("resets the connection and hangs", async () => {
    await s.fault({ service: "media", kind: "reset", count: 1 });
    await expect(search()).rejects.toThrow();
    await s.fault({ service: "media", kind: "hang", count: 1 });
    await expect(fetch(`${s.origin}${searchPath("1RT823V93")}`, { signal: AbortSignal.timeout(300) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect((await search()).status).toBe(200);
  });

  it("applies a rate to a share of requests and keeps to one service", async () => {
    await s.fault({ service: "rest", kind: "status", status: 500, rate: 0.5 });
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await s.get(`${base}/products.json`)).status);
    const failed = statuses.filter((x) => x === 500).length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
    expect((await search()).status).toBe(200);
  });

  it("logs every upstream request and can clear the log", async () => {
    await search();
    await s.get(`${base}/products.json?sku=SKU-001`);
    const log = await s.requests();
    expect(log.map((r) => r.service)).toEqual(["media", "rest"]);
    expect(log[0]).toMatchObject({ path: "/v1/media/search", query: { entity_id: "1RT823V93" }, status: 200 });
    await fetch(`${s.origin}/__sim/requests`, { method: "DELETE" });
    expect(await s.requests()).toEqual([]);
  });

  it("rejects a malformed fault rule", async () => {
    const res = await fetch(`${s.origin}/__sim/faults`, { method: "POST", body: JSON.stringify({ kind: "explode" }) });
    expect(res.status).toBe(400);
  });
});
