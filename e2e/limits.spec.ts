import { createServer, request as httpRequest, type Server } from "node:http";
import { expect, test } from "./fixtures";
import { type OwnApp, startOwnApp } from "./support/own-app";
import { SHIPMENTS } from "./support/sim";

// DESIGN.md's "Limits that keep one user from hurting the others", against the production build:
// each test here failed on the build before the limits (security review, round three).
let app: OwnApp;
let cookie: string;
const TOKEN = "metrics-token-for-the-limits-test-0123456789";

test.beforeAll(async () => {
  // No sync at start: the presses of Check Sitoo now below are the only runs.
  app = startOwnApp(3352, { METRICS_TOKEN: TOKEN, SYNC_INTERVAL_SECONDS: "0" });
  cookie = await app.signIn();
});
test.afterAll(async () => {
  await app.stop();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${app.base}${path}`, { ...init, headers: { cookie, ...init.headers } });

async function residentMb(): Promise<number> {
  const text = await (await fetch(`${app.base}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  const bytes = Number(/^spr_process_resident_memory_bytes (\d+(?:\.\d+)?(?:e\+\d+)?)$/m.exec(text)?.[1]);
  return bytes / 2 ** 20;
}

/** A decision PATCH body for an entity of the main shipment, padded to `bytes`. */
const padded = (bytes: number) =>
  JSON.stringify({ entity_id: `${SHIPMENTS.main}|x|y|z`, version: 0, note: "a".repeat(bytes) });

/** POSTs `body` chunked (no Content-Length): the cap has to be counted as the bytes arrive. */
function chunkedPatch(path: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${app.base}${path}`,
      { method: "PATCH", headers: { cookie, "content-type": "application/json", "transfer-encoding": "chunked" } },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    for (let i = 0; i < body.length; i += 16_384) req.write(body.slice(i, i + 16_384));
    req.end();
  });
}

test("a 1 MB body is refused with 413 before it is read, declared or chunked, and memory stays where it was", async () => {
  const path = `/api/shipments/${SHIPMENTS.main}/decisions`;
  const before = await residentMb();
  for (let i = 0; i < 4; i++) {
    const res = await api(path, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: padded(1024 * 1024),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error_code).toBe("PAYLOAD_TOO_LARGE");
  }
  const chunked = await chunkedPatch(path, padded(1024 * 1024));
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.text).error_code).toBe("PAYLOAD_TOO_LARGE");
  // Four 1 MB bodies read and parsed would add far more than this; refused unread they add nothing.
  expect(await residentMb()).toBeLessThan(before + 40);
});

test("a NUL or unpaired surrogate in any input is a 400, never a 500, and the CSV export cannot forge a log line", async () => {
  const path = `/api/shipments/${SHIPMENTS.main}/decisions`;
  for (const body of [
    `{"entity_id":"${SHIPMENTS.main}|a\\u0000","version":0,"note":"x"}`,
    `{"entity_id":"${SHIPMENTS.main}|SKU-001|DAMAGED|d1","version":0,"note":"lone \\ud800"}`,
    `{"entity_id":"${SHIPMENTS.main}|SKU-001|DAMAGED|d1","version":0,"claim":{"party":"carrier","reference":"R\\u0000"}}`,
  ]) {
    const res = await api(path, { method: "PATCH", headers: { "content-type": "application/json" }, body });
    expect(res.status, body).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  }
  const forged = encodeURIComponent('\u0000\n{"level":50,"msg":"forged"}');
  for (const query of [`reason=${forged}`, "assignee=a%00", `status=open&reason=${forged}`]) {
    for (const route of ["/api/discrepancies", "/api/discrepancies.csv"]) {
      const res = await api(`${route}?${query}`);
      expect(res.status, `${route}?${query}`).toBe(400);
    }
  }
  // A cursor that decodes to a time before 4713 BC.
  const cursor = Buffer.from(JSON.stringify(["-004714-01-01T00:00:00.000Z", "x"])).toString("base64url");
  expect((await api(`/api/discrepancies?cursor=${cursor}`)).status).toBe(400);
  expect(app.output()).not.toContain('"msg":"forged"');
});

test("a photo key with a NUL: its shipment's good discrepancies reach the worklist, the bad key replaced", async ({
  sim,
}) => {
  const [added] = await sim.addShipments({ photos: 4, reference: "NULKEY0001", skus: ["OK-SKU", "BAD\u0000SKU"] });
  const photos = await api(`/api/shipments/${added!.reference_number}/photos`);
  expect(photos.status).toBe(200);
  await expect
    .poll(async () => {
      const body = await (await api(`/api/discrepancies?shipment=NULKEY0001&status=all`)).json();
      return (body.discrepancies as { sku: string }[]).map((d) => d.sku).sort();
    })
    .toEqual(["BAD\uFFFDSKU", "BAD\uFFFDSKU", "OK-SKU", "OK-SKU"]);
  // Decisions only for what the index holds: the replaced key can be decided, a made-up one not.
  const list = await (await api(`/api/discrepancies?shipment=NULKEY0001&status=all`)).json();
  const bad = (list.discrepancies as { entity_id: string; sku: string }[]).find((d) => d.sku !== "OK-SKU")!;
  const decide = (entityId: string) =>
    api(`/api/shipments/NULKEY0001/decisions`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ entity_id: entityId, version: 0, status: "in_progress" }),
    });
  expect((await decide(bad.entity_id)).status).toBe(200);
  const phantom = await decide("NULKEY0001|<script>alert(1)</script>|DAMAGED|x");
  expect(phantom.status).toBe(400);
  expect((await phantom.json()).error_data.message).toMatch(/no photo of this shipment/);
});

test("six presses of Check Sitoo now start one sync", async () => {
  const outcomes: boolean[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await api("/api/sync", { method: "POST" });
    expect(res.status).toBe(200);
    outcomes.push((await res.json()).outcome.ran);
  }
  expect(outcomes).toEqual([true, false, false, false, false, false]);
});

test("eight evidence packs at once from one user: the extra ones get 429 with Retry-After, the server stays quick", async ({
  sim,
}) => {
  // Every image the pack fetches comes slowly, so the packs are all in progress together.
  await sim.fault({ service: "cdn", kind: "latency", latency_ms: 1500 });
  const packs = Array.from({ length: 8 }, () => api(`/api/shipments/${SHIPMENTS.main}/evidence.zip`));
  const started = Date.now();
  const health = await fetch(`${app.base}/api/health`);
  expect(health.status).toBe(200);
  expect(Date.now() - started).toBeLessThan(1000);
  const answers = await Promise.all(packs);
  const refused = answers.filter((r) => r.status === 429);
  expect(refused.length).toBeGreaterThanOrEqual(4);
  for (const r of refused) {
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await r.json()).error_code).toBe("RATE_LIMITED");
  }
  const served = answers.filter((r) => r.status === 200);
  expect(served.length).toBeGreaterThanOrEqual(1);
  for (const r of served) expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  await sim.clearFaults();
  // The slots come back once the packs are done: one more download is served.
  await expect.poll(async () => (await api(`/api/shipments/${SHIPMENTS.main}/report.pdf`)).status).toBe(200);
});

test("HEAD on a pack answers its headers without building it", async ({ sim }) => {
  await sim.clearRequests();
  const res = await api(`/api/shipments/${SHIPMENTS.main}/evidence.zip`, { method: "HEAD" });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  expect(await sim.requests()).toEqual([]);
});

test("writes: text/plain is 415, a foreign Origin or site is 403; the app's own requests pass", async () => {
  const sync = (headers: Record<string, string>, body?: string) =>
    api("/api/sync", { method: "POST", headers, ...(body ? { body } : {}) });
  expect((await sync({ "content-type": "text/plain" }, "{}")).status).toBe(415);
  const foreign = await sync({ origin: "http://evil.example" });
  expect(foreign.status).toBe(403);
  expect((await foreign.json()).error_code).toBe("FORBIDDEN");
  expect((await sync({ origin: "http://127.0.0.1:3353", "sec-fetch-site": "same-site" })).status).toBe(403);
  // The app's own origin, and a client that is not a browser (no Origin at all), pass.
  expect((await sync({ origin: app.base, "sec-fetch-site": "same-origin" })).status).toBe(200);
  expect((await sync({})).status).toBe(200);
});

test("a page on another port that auto-submits a form to the API is refused, and so is a foreign site's download", async ({
  browser,
}) => {
  // A real foreign page: same host, another port (same site, other origin), and "localhost" (another site).
  const target = `${app.base}/api/sync`;
  const report = `${app.base}/api/shipments/${SHIPMENTS.main}/report.pdf`;
  const foreign: Server = createServer((req, res) => {
    res.setHeader("content-type", "text/html");
    if (req.url === "/form")
      res.end(
        `<form id="f" method="post" enctype="text/plain" action="${target}"><input name='{"a":"' value='"}'></form><script>document.getElementById("f").submit()</script>`,
      );
    else res.end(`<a id="go" href="${report}">report</a>`);
  });
  await new Promise<void>((resolve) => foreign.listen(3353, "127.0.0.1", resolve));
  const context = await browser.newContext();
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: app.base }]);
  const page = await context.newPage();
  try {
    const answered = page.waitForResponse((r) => r.url() === target);
    await page.goto("http://127.0.0.1:3353/form");
    const res = await answered;
    expect(res.status()).toBe(403);
    await page.goto("http://localhost:3353/link");
    const download = page.waitForResponse((r) => r.url() === report);
    await page.locator("#go").click();
    expect((await download).status()).toBe(403);
  } finally {
    await context.close();
    foreign.close();
  }
});

test("a photo whose SKU is outside Latin-1 downloads under its own name", async ({ sim }) => {
  const [added] = await sim.addShipments({ photos: 1, reference: "UNICODE001", skus: ["SKU-€日本"] });
  const page = await (await api(`/api/shipments/${added!.reference_number}/photos`)).json();
  const fileId = page.files[0].file_id as string;
  const res = await api(`/api/photos/${fileId}/download`);
  expect(res.status).toBe(200);
  const disposition = res.headers.get("content-disposition")!;
  const star = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!;
  expect(decodeURIComponent(star)).toMatch(/^UNICODE001_SKU-€日本_[A-Z_]+_.*\.jpg$/);
  expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
});

test("odd request targets get our 400 and headers: OPTIONS * and an absolute-form target", async () => {
  const raw = (target: string, method = "GET") =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port: 3352, method, path: target }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });
  for (const [method, target] of [
    ["OPTIONS", "*"],
    ["GET", "http://evil.example/api/health"],
  ] as const) {
    const res = await raw(target, method);
    expect(res.status, target).toBe(400);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers.location).toBeUndefined();
    expect(JSON.parse(res.body).error_code).toBe("INVALID_REQUEST");
  }
});
