import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTH, searchPath, startSim } from "./test-helpers.mjs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
let s;

beforeAll(async () => {
  s = await startSim({ processingReadySeconds: 1, processingStepMs: 20 });
});
afterAll(() => s.close());
beforeEach(async () => {
  vi.useRealTimers();
  await s.reset();
});

async function searchAll(entityId, limit) {
  const files = [];
  let cursor = null;
  let pages = 0;
  do {
    const res = await s.get(
      searchPath(entityId, `&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`),
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    files.push(...body.files);
    cursor = body.next_cursor;
    pages++;
  } while (cursor);
  return { files, pages };
}

describe("authentication and errors", () => {
  it.each([
    ["no header", {}],
    ["wrong password", { authorization: `Basic ${Buffer.from("sim-api-id:nope").toString("base64")}` }],
    ["not Basic", { authorization: "Bearer abc" }],
  ])("refuses %s with 401 ACCESS_DENIED and a fresh request id", async (_, headers) => {
    const res = await s.get(searchPath("1RT823V93"), headers);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error_code).toBe("ACCESS_DENIED");
    expect(body.error_data.message).toBeTruthy();
    expect(body.request_id).toMatch(UUID);
  });

  it("gives every error its own request id", async () => {
    const a = await (await s.get(searchPath("X"), {})).json();
    const b = await (await s.get(searchPath("X"), {})).json();
    expect(a.request_id).not.toBe(b.request_id);
  });

  it.each([
    ["/v1/media/search?entity_id=1RT823V93", "entity_type is required"],
    ["/v1/media/search?entity_type=shipment_item", "entity_id is required"],
    ["/v1/media/search?entity_type=order&entity_id=1", "Unsupported entity_type"],
    [`${searchPath("1RT823V93")}&limit=0`, "limit"],
    [`${searchPath("1RT823V93")}&limit=abc`, "limit"],
    [`${searchPath("1RT823V93")}&cursor=not-a-cursor`, "Invalid cursor"],
    ["/v1/media/not-a-uuid", "UUID"],
  ])("answers %s with 400 INVALID_REQUEST", async (path, message) => {
    const res = await s.get(path);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error_code).toBe("INVALID_REQUEST");
    expect(body.error_data.message).toContain(message);
  });

  it("answers an unknown file with 404 FILE_NOT_FOUND", async () => {
    const res = await s.get("/v1/media/00000000-0000-4000-8000-000000000000");
    expect(res.status).toBe(404);
    expect((await res.json()).error_code).toBe("FILE_NOT_FOUND");
  });
});

describe("search", () => {
  it("matches entity_id by prefix, as Sitoo does", async () => {
    const shorter = (await searchAll("1RT823V9", 100)).files.map((f) => f.entity_id);
    const exact = (await searchAll("1RT823V93", 100)).files.map((f) => f.entity_id);
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((id) => id.startsWith("1RT823V93"))).toBe(true);
    // The shorter ID also returns every photo of the longer one.
    expect(shorter).toEqual(expect.arrayContaining(exact));
    expect(shorter.some((id) => id.startsWith("1RT823V9|"))).toBe(true);
    const sku = (await searchAll("1RT823V93|SKU-001", 100)).files;
    expect(sku.length).toBeGreaterThan(0);
    expect(sku.every((f) => f.entity_id.startsWith("1RT823V93|SKU-001|"))).toBe(true);
  });

  it("pages through 600+ photos with no file twice and none missed", async () => {
    const { files, pages } = await searchAll("7QX5512K0", 50);
    expect(files.length).toBe(640);
    expect(pages).toBe(13);
    expect(new Set(files.map((f) => f.file_id)).size).toBe(640);
    const all = await searchAll("7QX5512K0", 100);
    expect(new Set(all.files.map((f) => f.file_id))).toEqual(new Set(files.map((f) => f.file_id)));
  });

  it("uses 50 results per page by default and returns null next_cursor on the last page", async () => {
    const first = await (await s.get(searchPath("7QX5512K0"))).json();
    expect(first.files).toHaveLength(50);
    expect(typeof first.next_cursor).toBe("string");
    const small = await (await s.get(searchPath("1RT823V9|SKU-005"))).json();
    expect(small.next_cursor).toBeNull();
  });

  it("returns download and thumbnail URLs only for ready files", async () => {
    const { files } = await searchAll("1RT823V93", 100);
    const statuses = new Set(files.map((f) => f.status));
    expect(statuses).toEqual(new Set(["ready", "uploading", "uploaded", "processing", "failed"]));
    for (const f of files) {
      expect(Boolean(f.download_url)).toBe(f.status === "ready");
      expect(Boolean(f.thumbnail_url)).toBe(f.status === "ready");
    }
  });

  it("seeds a file whose entity_id is not a four-part key", async () => {
    const { files } = await searchAll("1RT823V93", 100);
    expect(files.some((f) => f.entity_id.split("|").length !== 4)).toBe(true);
  });

  it("turns the seeded processing file ready after the configured delay", async () => {
    const processing = (await searchAll("1RT823V93", 100)).files.find((f) => f.status === "processing");
    expect(processing).toBeDefined();
    await vi.waitFor(
      async () => {
        const f = await (await s.get(`/v1/media/${processing.file_id}`)).json();
        expect(f.status).toBe("ready");
        expect(f.thumbnail_url).toBeTruthy();
      },
      { timeout: 5000, interval: 100 },
    );
  });
});

describe("signed URLs", () => {
  async function readyFile() {
    const { files } = await searchAll("1RT823V93|SKU-001", 100);
    return files.find((f) => f.status === "ready");
  }

  it("serve the thumbnail (256x256 JPEG) and the full-size JPEG", async () => {
    const f = await readyFile();
    const thumb = await fetch(f.thumbnail_url);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 256, 256]);
    const full = await fetch(f.download_url);
    expect(Number(full.headers.get("content-length"))).toBe(f.file_size);
    expect(f.download_expires_at - Date.now() / 1000).toBeGreaterThan(3590);
  });

  it("work before their expiry and answer 403 after it", async () => {
    await s.configure({ url_lifetime_seconds: 60 });
    const f = await readyFile();
    expect(f.thumbnail_expires_at - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(60);
    expect((await fetch(f.thumbnail_url)).status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 61_000 });
    const res = await fetch(f.thumbnail_url);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("expired");
  });

  it("answer 403 to a tampered signature or expiry", async () => {
    const f = await readyFile();
    const url = new URL(f.download_url);
    const sig = url.searchParams.get("Signature");
    url.searchParams.set("Signature", `${sig.slice(0, -2)}xx`);
    expect((await fetch(url)).status).toBe(403);
    const later = new URL(f.download_url);
    later.searchParams.set("Expires", String(Number(later.searchParams.get("Expires")) + 3600));
    expect((await fetch(later)).status).toBe(403);
    const other = f.download_url.replace(f.file_id, "00000000-0000-4000-8000-000000000000");
    expect((await fetch(other)).status).toBe(403);
  });
});

describe("upload flow", () => {
  async function upload(body, contentType = "image/png") {
    const res = await fetch(`${s.origin}/v1/media/upload-url`, {
      method: "POST",
      headers: { authorization: AUTH, "content-type": "application/json" },
      body: JSON.stringify({
        file_name: "photo.png",
        content_type: contentType,
        entity_type: "shipment_item",
        entity_id: "UP1|SKU-9|DAMAGED|d1",
      }),
    });
    expect(res.status).toBe(200);
    const target = await res.json();
    expect(target.file_id).toMatch(UUID);
    const form = new FormData();
    for (const [k, v] of Object.entries(target.upload_fields)) form.set(k, v);
    form.set("file", new Blob([body], { type: contentType }), "photo.png");
    const up = await fetch(target.upload_url, { method: "POST", body: form });
    expect(up.status).toBe(204);
    return target.file_id;
  }

  async function waitForStatus(fileId, statuses) {
    let last;
    await vi.waitFor(
      async () => {
        last = await (await s.get(`/v1/media/${fileId}`)).json();
        expect(statuses).toContain(last.status);
      },
      { timeout: 10_000, interval: 50 },
    );
    return last;
  }

  it("turns a PNG with EXIF into a JPEG without EXIF and a 256x256 thumbnail", async () => {
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3366cc" } })
      .withExif({ IFD0: { Copyright: "secret-location", Make: "TestCam" } })
      .png()
      .toBuffer();
    expect((await sharp(png).metadata()).exif).toBeDefined();
    const fileId = await upload(png);
    const before = await (await s.get(`/v1/media/${fileId}`)).json();
    expect(["uploaded", "processing", "ready"]).toContain(before.status);
    const f = await waitForStatus(fileId, ["ready"]);
    const full = Buffer.from(await (await fetch(f.download_url)).arrayBuffer());
    const meta = await sharp(full).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([640, 480]);
    expect(f.file_size).toBe(full.length);
    expect(f.content_type).toBe("image/jpeg");
    const thumb = await sharp(Buffer.from(await (await fetch(f.thumbnail_url)).arrayBuffer())).metadata();
    expect([thumb.width, thumb.height]).toEqual([256, 256]);
    const found = await (await s.get(searchPath("UP1|SKU-9"))).json();
    expect(found.files.map((x) => x.file_id)).toContain(fileId);
  });

  it("caps the longest side at 4096", async () => {
    const big = await sharp({ create: { width: 5000, height: 1000, channels: 3, background: "#888" } })
      .jpeg()
      .toBuffer();
    const f = await waitForStatus(await upload(big, "image/jpeg"), ["ready"]);
    const meta = await sharp(Buffer.from(await (await fetch(f.download_url)).arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([4096, 819]);
  });

  it("marks a file that is not an image as failed", async () => {
    const f = await waitForStatus(await upload(Buffer.from("not an image at all")), ["failed"]);
    expect(f.download_url).toBeUndefined();
  });

  it("refuses an unsupported content type", async () => {
    const res = await fetch(`${s.origin}/v1/media/upload-url`, {
      method: "POST",
      headers: { authorization: AUTH, "content-type": "application/json" },
      body: JSON.stringify({
        file_name: "a.bmp",
        content_type: "image/bmp",
        entity_type: "shipment_item",
        entity_id: "X",
      }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  });
});
