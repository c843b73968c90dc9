import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { OTHER_KIND_FILE, sitooEnv } from "@/sitoo-sim/client.mjs";
import { startSim } from "@/sitoo-sim/test-helpers.mjs";
import { parseSitooConfig, type SitooConfig } from "./config";
import { getPhoto, searchShipmentPhotos, shipmentSkus } from "./media";

// The real client over real HTTP against the simulator: no mocks of our own code.
let s: Awaited<ReturnType<typeof startSim>>;
let config: SitooConfig;
const ctx = () => ({ requestId: "test-request", config });

beforeAll(async () => {
  s = await startSim();
  config = parseSitooConfig({
    ...sitooEnv(s.origin, { catalog: false }),
    SITOO_MEDIA_PAGE_SIZE: "100",
    SITOO_TIMEOUT_MS: "400",
    SITOO_DEADLINE_MS: "1500",
    SITOO_SEARCH_CACHE_SECONDS: "0",
  });
});
afterAll(() => s.close());
beforeEach(() => s.reset());

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected an AppError");
}

const searches = async () => (await s.requests()).filter((r: { path: string }) => r.path === "/v1/media/search").length;

describe("searchShipmentPhotos", () => {
  it("keeps only the shipment's own files, with parsed keys", async () => {
    const page = await searchShipmentPhotos("1RT823V9", null, ctx());
    expect(page.files.length).toBe(3);
    expect(page.files.every((f) => f.entity_id.startsWith("1RT823V9|"))).toBe(true);
    expect(page.files[0]!.key?.shipment_id).toBe("1RT823V9");
  });

  it("returns the unrecognised-key photo with key null", async () => {
    const page = await searchShipmentPhotos("1RT823V93", null, ctx());
    const odd = page.files.filter((f) => f.key === null);
    expect(odd.map((f) => f.entity_id)).toEqual(["1RT823V93|SKU-002"]);
  });

  it("follows cursors to the end", async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof searchShipmentPhotos>> = await searchShipmentPhotos(
        "7QX5512K0",
        cursor,
        ctx(),
      );
      for (const f of page.files) seen.add(f.file_id);
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen.size).toBe(640);
  });

  it("drops signed URLs from origins that are not configured", async () => {
    const strict = { ...config, cdnOrigins: ["https://*.cloudfront.net"] };
    const page = await searchShipmentPhotos("1RT823V9", null, { requestId: "r", config: strict });
    expect(page.files.every((f) => f.thumbnail_url === null && f.download_url === null)).toBe(true);
  });

  it("sends Basic auth and maps refused credentials to a 502 that names no secret", async () => {
    const wrong = { ...config, password: "not-the-password" };
    const err = await caught(searchShipmentPhotos("1RT823V93", null, { requestId: "r", config: wrong }));
    expect([err.status, err.code]).toEqual([502, "UPSTREAM_AUTH_FAILED"]);
    expect(err.message).not.toContain("not-the-password");
    expect(await searches()).toBe(1);
  });

  it("retries 429 after Retry-After, then succeeds", async () => {
    await s.fault({ service: "media", kind: "status", status: 429, retry_after: 0, count: 1 });
    const page = await searchShipmentPhotos("1RT823V9", null, ctx());
    expect(page.files).toHaveLength(3);
    expect(await searches()).toBe(2);
  });

  it("gives up on a Retry-After past the deadline without waiting", async () => {
    await s.fault({ service: "media", kind: "status", status: 429, retry_after: 30, count: 1 });
    const started = Date.now();
    const err = await caught(searchShipmentPhotos("1RT823V9", null, ctx()));
    expect([err.status, err.retryAfterSeconds]).toEqual([429, 30]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("tries at most three times on 503", async () => {
    await s.fault({ service: "media", kind: "status", status: 503 });
    const err = await caught(searchShipmentPhotos("1RT823V9", null, ctx()));
    expect(err.status).toBe(503);
    expect(await searches()).toBe(3);
  });

  it.each([400, 401, 404, 409, 500])("does not retry %i", async (status) => {
    await s.fault({ service: "media", kind: "status", status });
    await caught(searchShipmentPhotos("1RT823V9", null, ctx()));
    expect(await searches()).toBe(1);
  });

  it("retries a reset connection", async () => {
    await s.fault({ service: "media", kind: "reset", count: 1 });
    expect((await searchShipmentPhotos("1RT823V9", null, ctx())).files).toHaveLength(3);
    expect(await searches()).toBe(2);
  });

  it("stops a hung upstream at the deadline with a 504", async () => {
    await s.fault({ service: "media", kind: "hang" });
    const started = Date.now();
    const err = await caught(searchShipmentPhotos("1RT823V9", null, ctx()));
    expect([err.status, err.code]).toEqual([504, "UPSTREAM_TIMEOUT"]);
    expect(Date.now() - started).toBeLessThan(config.deadlineMs + 300);
  });

  it.each([
    ["malformed", /not valid JSON/],
    ["empty", /not valid JSON/],
    ["missing_field", /files\.0\.file_id/],
  ] as const)("answers a %s body with a 502 that says what is wrong", async (kind, message) => {
    await s.fault({ service: "media", kind, count: 1 });
    const err = await caught(searchShipmentPhotos("1RT823V9", null, ctx()));
    expect(err.status).toBe(502);
    expect(err.message).toMatch(message);
  });
});

describe("getPhoto", () => {
  it("reads one photo with fresh URLs", async () => {
    const [first] = (await searchShipmentPhotos("1RT823V9", null, ctx())).files;
    const one = await getPhoto(first!.file_id, ctx());
    expect(one.file_id).toBe(first!.file_id);
    expect(one.thumbnail_url).toMatch(/Signature=/);
  });

  it("maps an unknown file to 404 FILE_NOT_FOUND", async () => {
    const err = await caught(getPhoto("00000000-0000-4000-8000-000000000000", ctx()));
    expect([err.status, err.code]).toEqual([404, "FILE_NOT_FOUND"]);
  });

  it("refuses a file of the account that is not a shipment photo, as if it did not exist", async () => {
    const direct = await fetch(`${s.origin}/v1/media/${OTHER_KIND_FILE.fileId}`, {
      headers: { authorization: `Basic ${Buffer.from("sim-api-id:sim-password").toString("base64")}` },
    });
    expect((await direct.json()).entity_type).toBe(OTHER_KIND_FILE.entityType);
    const err = await caught(getPhoto(OTHER_KIND_FILE.fileId, ctx()));
    expect([err.status, err.code]).toEqual([404, "FILE_NOT_FOUND"]);
  });
});

describe("shipment SKUs for the catalog", () => {
  it("walks the pages once for every caller while catalog answers are cached", async () => {
    const cached = () => ({ requestId: "skus", config: { ...config, pageSize: 2, catalogCacheSeconds: 300 } });
    await s.clearRequests();
    const [a, b] = await Promise.all([shipmentSkus("1RT823V93", cached()), shipmentSkus("1RT823V93", cached())]);
    const walk = await searches();
    expect(walk).toBeGreaterThan(3);
    expect(a).toEqual(b);
    expect(a).toEqual(expect.arrayContaining(["SKU-001", "SKU-003"]));
    expect(await shipmentSkus("1RT823V93", cached())).toEqual(a);
    expect(await searches()).toBe(walk);
    // With the catalog cache off, every call walks.
    await shipmentSkus("1RT823V93", { requestId: "skus", config: { ...config, pageSize: 2, catalogCacheSeconds: 0 } });
    expect(await searches()).toBe(2 * walk);
  });
});

describe("search cache", () => {
  const cached = () => ({ requestId: "cache", config: { ...config, searchCacheSeconds: 15, pageSize: 99 } });

  it("sends 50 simultaneous identical searches upstream once, then answers from memory", async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => searchShipmentPhotos("1RT823V9", null, cached())),
    );
    expect(new Set(answers.map((a) => a.files.length))).toEqual(new Set([3]));
    expect(await searches()).toBe(1);
    await searchShipmentPhotos("1RT823V9", null, cached());
    expect(await searches()).toBe(1);
  });

  it("never serves an answer whose signed URLs expire within ten minutes", async () => {
    await s.configure({ url_lifetime_seconds: 300 });
    await searchShipmentPhotos("2MB410K77", null, cached());
    await searchShipmentPhotos("2MB410K77", null, cached());
    expect(await searches()).toBe(2);
  });

  it("never serves a page with photos still processing", async () => {
    const first = await searchShipmentPhotos("1RT823V93", null, cached());
    expect(first.files.some((f) => f.status === "processing")).toBe(true);
    await searchShipmentPhotos("1RT823V93", null, cached());
    expect(await searches()).toBe(2);
  });

  it("forgets failures", async () => {
    await s.fault({ service: "media", kind: "status", status: 500, count: 1 });
    await caught(searchShipmentPhotos("7QX5512K0", null, cached()));
    expect((await searchShipmentPhotos("7QX5512K0", null, cached())).files).toHaveLength(99);
  });
});
