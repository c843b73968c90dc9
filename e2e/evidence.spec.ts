import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import yauzl from "yauzl";
import type { Photo } from "@/lib/photos/types";
import { expect, test } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

// The evidence pack, its manifest and the claim report, downloaded through the production app
// from the simulator and opened the way a supplier would: unzipped, hashed, read.

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Every entry of a ZIP held in memory (test-sized packs only), with its bytes. */
function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (err, file) => {
      if (err || !file) return reject(err);
      const out = new Map<string, Buffer>();
      file.on("entry", (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on("data", (c: Buffer) => chunks.push(c));
          stream.on("end", () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.on("end", () => resolve(out));
      file.on("error", reject);
      file.readEntry();
    });
  });
}

/** A tiny RFC 4180 reader: rows of cells (quoted cells may hold commas, quotes and line breaks). */
type Row = Record<string, string> & { path_in_zip: string; file_id: string; absent_reason: string; sha256: string };
function parseCsv(text: string): Row[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    i++;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (next === '"') {
        cell += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && next === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, n) => [h, r[n] ?? ""])) as Row);
}

async function allPhotos(request: APIRequestContext, shipment: string): Promise<Photo[]> {
  const photos: Photo[] = [];
  let cursor: string | null = null;
  do {
    const res = await request.get(
      `/api/shipments/${shipment}/photos${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    const page: { files: Photo[]; next_cursor: string | null } = await res.json();
    photos.push(...page.files);
    cursor = page.next_cursor;
  } while (cursor);
  return photos;
}

async function download(request: APIRequestContext, path: string) {
  const res = await request.get(path, { timeout: 120_000 });
  expect(res.status(), await res.text().catch(() => "")).toBe(200);
  return { body: Buffer.from(await res.body()), headers: res.headers() };
}

test("the pack holds exactly the ready photos in scope, byte for byte, with a manifest row for every photo", async ({
  request,
}) => {
  const { body, headers } = await download(request, `/api/shipments/${SHIPMENTS.main}/evidence.zip`);
  expect(Number(headers["content-length"])).toBe(body.length);
  expect(headers["content-disposition"]).toBe(
    `attachment; filename="evidence_1RT823V93.zip"; filename*=UTF-8''evidence_1RT823V93.zip`,
  );
  const entries = await unzip(body);
  const photos = await allPhotos(request, SHIPMENTS.main);
  const ready = photos.filter((p) => p.status === "ready");
  const manifest = parseCsv(entries.get("manifest.csv")!.toString("utf8"));

  // One row per photo in scope, ready or not; the not-ready ones say why they are absent.
  expect(manifest.map((r) => r.file_id).sort()).toEqual(photos.map((p) => p.file_id).sort());
  for (const p of photos.filter((p) => p.status !== "ready")) {
    const row = manifest.find((r) => r.file_id === p.file_id)!;
    expect(row.path_in_zip).toBe("");
    expect(row.absent_reason).toContain(p.status);
  }
  // Exactly the ready photos, each under shipment/sku/reason/discrepancy, hashing to Sitoo's bytes.
  const photoEntries = [...entries.keys()].filter((n) => n.endsWith(".jpg"));
  expect(photoEntries).toHaveLength(ready.length);
  for (const p of ready) {
    const row = manifest.find((r) => r.file_id === p.file_id)!;
    const folder = p.key
      ? `${SHIPMENTS.main}/${p.key.sku}/${p.key.reason_code}/${p.key.discrepancy_id}/`
      : `${SHIPMENTS.main}/_unrecognised/`;
    expect(row.path_in_zip.startsWith(folder)).toBe(true);
    expect(row.path_in_zip.endsWith(`_${p.file_id}.jpg`)).toBe(true);
    const inZip = entries.get(row.path_in_zip)!;
    const direct = Buffer.from(await (await fetch(p.download_url!)).arrayBuffer());
    expect(sha256(inZip)).toBe(sha256(direct));
    expect(row.sha256).toBe(sha256(direct));
  }
  expect(entries.get("report.pdf")!.subarray(0, 5).toString()).toBe("%PDF-");
});

test("a filtered view's pack holds only that view, and hostile SKUs give safe paths", async ({ request, sim }) => {
  const skus = ["../../etc", "CON", "\u202Eevil.exe", "a\\b", "nul."];
  const [added] = await sim.addShipments({ reference: "EVILSKU1", photos: skus.length, skus });
  const { body, headers } = await download(request, "/api/shipments/EVILSKU1/evidence.zip");
  expect(Number(headers["content-length"])).toBe(body.length);
  const entries = await unzip(body);
  const names = [...entries.keys()];
  for (const name of names) {
    expect(name.split("/")).not.toContain("..");
    expect(name).not.toMatch(/[\\\u202a-\u202e]/u);
    expect(name.split("/").some((s) => /^(con|nul)(\.|$)/i.test(s))).toBe(false);
  }
  expect(names.filter((n) => n.endsWith(".jpg"))).toHaveLength(added!.entity_ids.length);
  // The manifest keeps the original SKUs.
  const manifest = parseCsv(entries.get("manifest.csv")!.toString("utf8"));
  expect(manifest.map((r) => r.sku).sort()).toEqual([...skus].sort());

  const one = await download(request, `/api/shipments/${SHIPMENTS.main}/evidence.zip?sku=SKU-002&reason=SHORTAGE`);
  const only = [...(await unzip(one.body)).keys()].filter((n) => n.endsWith(".jpg"));
  expect(only.length).toBeGreaterThan(0);
  expect(only.every((n) => n.startsWith(`${SHIPMENTS.main}/SKU-002/SHORTAGE/`))).toBe(true);
  expect(one.headers["content-disposition"]).toMatch(/evidence_1RT823V93_\d+-photos\.zip/);

  const bad = await request.get(`/api/shipments/${SHIPMENTS.main}/evidence.zip?sku=${encodeURIComponent("a\u0001")}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error_code).toBe("INVALID_REQUEST");
});

test("with 5-second URLs and a slow CDN the pack still completes with every photo", async ({ request, sim }) => {
  test.setTimeout(120_000);
  await sim.configure({ url_lifetime_seconds: 5 });
  await sim.fault({ service: "cdn", kind: "latency", latency_ms: 1500 });
  const { body, headers } = await download(request, `/api/shipments/${SHIPMENTS.large}/evidence.zip`);
  expect(Number(headers["content-length"])).toBe(body.length);
  const entries = await unzip(body);
  const manifest = parseCsv(entries.get("manifest.csv")!.toString("utf8"));
  expect(manifest).toHaveLength(8);
  expect(manifest.every((r) => r.absent_reason === "" && /^[0-9a-f]{64}$/.test(r.sha256))).toBe(true);
  expect([...entries.keys()].filter((n) => n.endsWith(".jpg"))).toHaveLength(8);
  // The URLs had to be renewed by searching again on the way.
  const searches = (await sim.requests()).filter((r) => r.path === "/v1/media/search");
  expect(searches.length).toBeGreaterThan(1);
});

test("a photo that fails every time: the pack completes, the manifest says why, and the length still holds", async ({
  request,
  sim,
}) => {
  test.setTimeout(90_000);
  const photos = await allPhotos(request, SHIPMENTS.neighbour);
  const victim = photos.find((p) => p.status === "ready")!;
  await sim.fault({ service: "cdn", path_prefix: `/cdn/${victim.file_id}/full.jpg`, kind: "status", status: 500 });
  const { body, headers } = await download(request, `/api/shipments/${SHIPMENTS.neighbour}/evidence.zip`);
  expect(Number(headers["content-length"])).toBe(body.length);
  const entries = await unzip(body);
  const manifest = parseCsv(entries.get("manifest.csv")!.toString("utf8"));
  const row = manifest.find((r) => r.file_id === victim.file_id)!;
  expect(row.absent_reason).toContain("HTTP 500");
  expect(row.sha256).toBe("");
  expect(entries.has(row.path_in_zip)).toBe(true);
  expect(row.path_in_zip.endsWith(".txt")).toBe(true);
  expect(entries.get(row.path_in_zip)!.toString("utf8")).toContain("could not be added");
  // The others are all there.
  const fine = manifest.filter((r) => r.file_id !== victim.file_id && r.status === "ready");
  expect(fine.every((r) => entries.has(r.path_in_zip) && r.path_in_zip.endsWith(".jpg"))).toBe(true);
});

test("aborting a download stops every upstream fetch", async ({ sim, baseURL }) => {
  test.setTimeout(60_000);
  await sim.fault({ service: "cdn", kind: "latency", latency_ms: 700 });
  const state = JSON.parse(readFileSync(".e2e/auth/reviewer.json", "utf8"));
  const cookie = state.cookies.map((c: { name: string; value: string }) => `${c.name}=${c.value}`).join("; ");
  const controller = new AbortController();
  const res = await fetch(`${baseURL}/api/shipments/${SHIPMENTS.large}/evidence.zip`, {
    headers: { cookie },
    signal: controller.signal,
  });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  let received = 0;
  while (received < 500_000) received += (await reader.read()).value?.byteLength ?? 0;
  controller.abort();
  const cdn = async () => (await sim.requests()).filter((r) => r.path.endsWith("/full.jpg")).length;
  // Whatever was in flight settles; after that, nothing new is asked for.
  await expect
    .poll(async () => [await cdn(), await new Promise((r) => setTimeout(r, 1500)), await cdn()].join())
    .toMatch(/^(\d+),,\1$/);
  // The first photo and the few fetched ahead of it; never the rest of the shipment's eight.
  expect(await cdn()).toBeLessThan(8);
});

test("the claim report reads as a claim: shipment, each discrepancy's decision, notes in Swedish", async ({
  request,
}) => {
  const photos = await allPhotos(request, SHIPMENTS.large);
  const entity = photos[0]!.entity_id;
  const patch = await request.patch(`/api/shipments/${SHIPMENTS.large}/decisions`, {
    data: {
      entity_id: entity,
      version: 0,
      status: "claimed",
      claim: { party: "carrier", reference: "CLM-4711", amount: 129900, currency: "SEK" },
      note: "Kartongen var krossad, åäö ÅÄÖ",
    },
  });
  expect([200, 409]).toContain(patch.status());
  const { body, headers } = await download(request, `/api/shipments/${SHIPMENTS.large}/report.pdf`);
  expect(headers["content-type"]).toBe("application/pdf");
  const text = (await new PDFParse({ data: new Uint8Array(body) }).getText()).text;
  expect(text).toContain(`Claim report: shipment ${SHIPMENTS.large}`);
  expect(text).toContain("Kartongen var krossad, åäö ÅÄÖ");
  expect(text).toContain("CLM-4711");
  expect(text).toMatch(/Decision: Claimed/);
  // Every discrepancy has its decision line.
  const discrepancies = new Set(photos.map((p) => p.entity_id)).size;
  expect(text.match(/Decision: /g)).toHaveLength(discrepancies);

  // Downloads are audit events.
  const activity = await (await request.get(`/api/shipments/${SHIPMENTS.large}/activity`)).json();
  expect(activity.events.some((e: { kind: string }) => e.kind === "report")).toBe(true);
});

test("the review page offers the pack and the report for the current view, and a pack download is recorded", async ({
  page,
  review,
  request,
}) => {
  await review.open(SHIPMENTS.neighbour);
  const pack = page.getByTestId("download-evidence");
  await expect(pack).toHaveText(/Download evidence \(3 photos, [\d.]+ KB\)/);
  const [file] = await Promise.all([page.waitForEvent("download"), pack.click()]);
  expect(file.suggestedFilename()).toBe(`evidence_${SHIPMENTS.neighbour}.zip`);
  expect(await file.failure()).toBeNull();
  await review.open(SHIPMENTS.neighbour, "?sku=SKU-005");
  await expect(page.getByTestId("download-evidence")).toHaveText(/\(1 photo, /);
  await expect(page.getByTestId("download-report")).toHaveAttribute(
    "href",
    `/api/shipments/${SHIPMENTS.neighbour}/report.pdf?sku=SKU-005`,
  );
  await expect
    .poll(async () => {
      const activity = await (await request.get(`/api/shipments/${SHIPMENTS.neighbour}/activity`)).json();
      return activity.events.find((e: { kind: string }) => e.kind === "evidence_pack")?.data ?? null;
    })
    .toMatchObject({ photos: 3, photos_written: 3, completed: true });
});

test("the viewer's Download saves the photo through the server under a readable name", async ({
  page,
  review,
  request,
}) => {
  await review.open(SHIPMENTS.main, "?sku=SKU-002&reason=SHORTAGE");
  await review.tiles().first().click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("viewer").getByRole("link", { name: "Download" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^1RT823V93_SKU-002_SHORTAGE_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.jpg$/);
  expect(await file.failure()).toBeNull();
  const fileId = /photos\/([0-9a-f-]{36})\/download/.exec(file.url())![1]!;
  const res = await request.get(`/api/photos/${fileId}/download`);
  expect(res.headers()["content-disposition"]).toBe(
    `attachment; filename="${file.suggestedFilename()}"; filename*=UTF-8''${encodeURIComponent(file.suggestedFilename())}`,
  );
  expect(Number(res.headers()["content-length"])).toBe((await res.body()).length);
  expect((await request.get("/api/photos/not-a-uuid/download")).status()).toBe(400);
});
