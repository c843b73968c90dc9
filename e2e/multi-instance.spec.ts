// Two production instances behind a real nginx, sharing one PostgreSQL database and one Redis
// (scripts/cluster.mjs runs deploy/nginx/shipment-photo-review.conf.template): they behave as one.
// Skipped, with the reason printed, where PostgreSQL, Redis or nginx is missing.
import type { BrowserContext } from "@playwright/test";
import { type Cluster, clusterProblem, startCluster } from "../scripts/cluster.mjs";
import { attemptSignIn, signInAs } from "../scripts/sign-in.mjs";
import { expect, test } from "./fixtures";
import { DecisionCard } from "./pages/decision-card";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS, SIM_ORIGIN, sim } from "./support/sim";

const [reviewer, colleague] = settings.users as [[string, string], [string, string]];
const LOCKED: [string, string] = ["cluster-lock", "a-password-never-typed"];
const ADMIN = settings.users.find((u) => u[0] === "admin") as unknown as [string, string, string];
const PORTS = { proxy: 3370, instances: [3371, 3372] };

test.describe.configure({ mode: "serial" });
// The shared app's session is for another secret: these pages start signed out.
test.use({ storageState: { cookies: [], origins: [] } });

let cluster: Cluster;
let problem: string | null = null;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  problem = await clusterProblem();
  if (problem) {
    console.log(`[multi-instance] skipped: ${problem}`);
    return;
  }
  cluster = await startCluster({
    simOrigin: SIM_ORIGIN,
    users: [reviewer, colleague, LOCKED, ADMIN],
    proxyPort: PORTS.proxy,
    instancePorts: PORTS.instances,
    // Short enough that the shutdown test's cut download ends soon, long enough for its slow request.
    extra: { SHUTDOWN_GRACE_SECONDS: "6" },
  });
});

test.afterAll(async () => {
  await cluster?.stop();
});

test.beforeEach(() => {
  test.skip(problem !== null, `multi-instance tests need PostgreSQL, Redis and nginx: ${problem}`);
});

const a = () => cluster.instances[0]!;
const b = () => cluster.instances[1]!;

/** A browser context signed in (cookie from `base`) for every instance and nginx: all are 127.0.0.1. */
async function signedIn(context: BrowserContext, base: string, user: [string, string]): Promise<string> {
  const cookie = await signInAs(base, user);
  const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
  await context.addCookies([{ name, value, url: base }]);
  return cookie;
}

const api = (base: string, path: string, cookie: string, init: RequestInit = {}) =>
  fetch(`${base}${path}`, { ...init, headers: { cookie, ...(init.headers ?? {}) } });

test("a session made through one instance works on the other, and a sign-out on one is refused by the other within 1 s", async ({
  context,
  page,
}) => {
  const cookie = await signedIn(context, a().base, reviewer);
  // B has just checked (and remembers) that this session is good.
  expect((await api(b().base, "/api/users", cookie)).status).toBe(200);

  await page.goto(`${a().base}/`);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  const signedOutAt = Date.now();
  await expect
    .poll(async () => (await api(b().base, "/api/users", cookie)).status, { intervals: [50], timeout: 5_000 })
    .toBe(401);
  expect(Date.now() - signedOutAt).toBeLessThan(1_000);
  expect((await api(a().base, "/api/users", cookie)).status).toBe(401);
});

test("an admin's sign-out of a reviewer on one instance holds on the other within 1 s", async () => {
  const victim = await signInAs(a().base, reviewer);
  const admin = await signInAs(a().base, ADMIN);
  // B has just checked (and remembers) that the reviewer's session is good.
  expect((await api(b().base, "/api/me", victim)).status).toBe(200);
  const out = await api(a().base, `/api/users/${reviewer[0]}/sign-out`, admin, { method: "POST" });
  expect(out.status).toBe(200);
  const signedOutAt = Date.now();
  await expect
    .poll(async () => (await api(b().base, "/api/me", victim)).status, { intervals: [50], timeout: 5_000 })
    .toBe(401);
  expect(Date.now() - signedOutAt).toBeLessThan(1_000);
  // The admin's own session is untouched.
  expect((await api(b().base, "/api/me", admin)).status).toBe(200);
});

test("an evidence link revoked on one instance is 410 on the other within 1 s", async () => {
  const cookie = await signInAs(a().base, reviewer);
  // The search indexes the shipment, so a link to it can be made.
  const photos = await (await api(a().base, `/api/shipments/${SHIPMENTS.main}/photos`, cookie)).json();
  const made = await api(a().base, `/api/shipments/${SHIPMENTS.main}/links`, cookie, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ party: "carrier", recipient: "claims@carrier.example" }),
  });
  expect(made.status).toBe(201);
  const { link, url } = await made.json();
  const path = new URL(url).pathname;
  const thumbnail = `${path}/thumbnails/${photos.files.find((f: { status: string }) => f.status === "ready").file_id}`;
  // B serves the link (and would have cached anything it caches).
  expect((await fetch(`${b().base}${thumbnail}`)).status).toBe(200);
  const revoked = await api(a().base, `/api/links/${link.id}`, cookie, { method: "DELETE" });
  expect(revoked.status).toBe(200);
  const at = Date.now();
  await expect
    .poll(async () => (await fetch(`${b().base}${thumbnail}`)).status, { intervals: [50], timeout: 5_000 })
    .toBe(410);
  expect(Date.now() - at).toBeLessThan(1_000);
  // Through nginx too, the page itself.
  expect((await fetch(`${cluster.base}${path}`)).status).toBe(410);
});

test("six wrong passwords spread over both instances: the sixth is refused with 429", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const instance = i % 2 === 0 ? a() : b();
    // A different address each time: only the account's count can refuse the sixth.
    const r = await attemptSignIn(instance.base, [LOCKED[0], `wrong-${i}`], { "x-forwarded-for": `203.0.113.${i}` });
    statuses.push(r.status);
  }
  expect(statuses.slice(0, 5)).not.toContain(429);
  expect(statuses[5]).toBe(429);
  // The right password waits too, on either instance.
  expect((await attemptSignIn(b().base, LOCKED, { "x-forwarded-for": "203.0.113.99" })).status).toBe(429);
});

test("a decision saved through one instance is on the other's review page at its next fetch", async ({
  context,
  page,
}) => {
  const cookie = await signedIn(context, b().base, reviewer);
  const photos = await (await api(b().base, `/api/shipments/${SHIPMENTS.main}/photos`, cookie)).json();
  const entity: string = photos.files.find(
    (f: { key: { sku: string; reason_code: string } | null }) =>
      f.key?.sku === "SKU-002" && f.key.reason_code === "SHORTAGE",
  ).entity_id;

  await page.goto(`${b().base}/shipments/${SHIPMENTS.main}?sku=SKU-002&reason=SHORTAGE`);
  const card = new DecisionCard(page, entity);
  await expect(card.status()).toHaveText("Open");

  const saved = await api(a().base, `/api/shipments/${SHIPMENTS.main}/decisions`, cookie, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ entity_id: entity, version: 0, status: "written_off", note: "Written off on instance A." }),
  });
  expect(saved.status).toBe(200);

  await page.reload();
  await expect(card.status()).toHaveText("Written off");
});

test("50 identical searches at once over both instances make one upstream call", async () => {
  const cookie = await signInAs(cluster.base, reviewer);
  // Long enough that every request arrives while the first search is still upstream.
  await sim.fault({ service: "media", kind: "latency", latency_ms: 400 });
  const since = (await sim.requests()).at(-1)?.seq ?? 0;
  const answers = await Promise.all(
    Array.from({ length: 50 }, () => api(cluster.base, `/api/shipments/${SHIPMENTS.mixed}/photos`, cookie)),
  );
  const bodies = await Promise.all(answers.map((r) => r.json()));
  expect(answers.map((r) => r.status)).toEqual(Array(50).fill(200));
  expect(new Set(bodies.map((body) => body.files.length)).size).toBe(1);
  expect(bodies[0].files.length).toBeGreaterThan(0);

  const searches = (await sim.requests(since)).filter(
    (r) => r.path === "/v1/media/search" && r.query.entity_id === SHIPMENTS.mixed,
  );
  expect(searches).toHaveLength(1);
  // Both instances answered some of them (nginx spreads them round-robin).
  const served = await Promise.all(
    cluster.instances.map(
      (i) => i.output().match(new RegExp(`/api/shipments/${SHIPMENTS.mixed}/photos`, "g"))?.length ?? 0,
    ),
  );
  for (const count of served) expect(count).toBeGreaterThan(0);
});

test("Check Sitoo now on both instances at once: one sync runs, the other reports it was already running", async () => {
  const cookie = await signInAs(cluster.base, reviewer);
  // Slow enough that the two runs would overlap.
  await sim.fault({ service: "shipments", kind: "latency", latency_ms: 500 });
  const since = (await sim.requests()).at(-1)?.seq ?? 0;
  const outcomes = await Promise.all(
    [a(), b()].map(async (instance) => {
      const r = await api(instance.base, "/api/sync", cookie, { method: "POST" });
      expect(r.status).toBe(200);
      return (await r.json()).outcome as { ran: boolean };
    }),
  );
  expect(outcomes.map((o) => o.ran).sort()).toEqual([false, true]);
  const runs = await cluster.query<{ n: number }>("select count(*)::int as n from sync_runs where trigger = 'manual'");
  expect(runs[0]!.n).toBe(1);
  // Every shipment list page was asked for once, by the one run.
  const lists = (await sim.requests(since)).filter((r) => r.path === "/v3/shipments");
  const pages = lists.map((r) => JSON.stringify(r.query));
  expect(new Set(pages).size).toBe(pages.length);
});

test("an instance killed mid-work: the page keeps working through the other, and a decision is saved once or reported failed with the note kept", async ({
  browser,
}) => {
  const reviewing = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const deciding = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    await signedIn(reviewing, cluster.base, reviewer);
    await signedIn(deciding, cluster.base, colleague);
    const viewer = await reviewing.newPage();
    const decider = await deciding.newPage();
    await viewer.goto(`${cluster.base}/shipments/${SHIPMENTS.main}`);
    await expect(viewer.getByTestId("photo-tile").first()).toBeVisible();

    const photos = await (await decider.request.get(`${cluster.base}/api/shipments/${SHIPMENTS.main}/photos`)).json();
    const entity: string = photos.files.find(
      (f: { key: { sku: string; reason_code: string } | null }) =>
        f.key?.sku === "SKU-001" && f.key.reason_code === "DAMAGED",
    ).entity_id;
    await decider.goto(`${cluster.base}/shipments/${SHIPMENTS.main}?sku=SKU-001&reason=DAMAGED`);
    const card = new DecisionCard(decider, entity);
    await card.open();
    const note = `Carrier dented the box (${Date.now()}).`;
    await card.note().fill(note);

    b().kill("SIGKILL");
    await b().exited;
    await card.root.getByRole("button", { name: "Add note" }).click();

    // Either it was saved (the field empties, the history shows it) or the card says it failed
    // and the note is still in the field. Never both, never neither.
    const saved = card.history().getByText(note);
    const failed = card.root.getByRole("alert");
    await expect(saved.or(failed).first()).toBeVisible({ timeout: 15_000 });
    const rows = await cluster.query<{ n: number }>("select count(*)::int as n from notes where text = $1", [note]);
    if (await saved.isVisible()) {
      expect(rows[0]!.n).toBe(1);
      await expect(card.note()).toHaveValue("");
    } else {
      expect(rows[0]!.n).toBeLessThanOrEqual(1);
      await expect(card.note()).toHaveValue(note);
    }

    // The reviewer's page goes on: a reload, another SKU, the viewer — all through instance A.
    await viewer.reload();
    await expect(viewer.getByTestId("photo-tile").first()).toBeVisible();
    await viewer.getByTestId("photo-tile").first().click();
    await expect(viewer.getByTestId("viewer")).toBeVisible();
  } finally {
    await reviewing.close();
    await deciding.close();
    await b().restart();
  }
});

test("SIGTERM: a slow request in flight completes and the instance exits 0; a download still running at the end of the grace period fails visibly", async () => {
  test.setTimeout(90_000);
  const cookie = await signInAs(a().base, reviewer);
  await sim.fault({ service: "media", kind: "latency", latency_ms: 2_000, count: 1 });
  const since = (await sim.requests()).at(-1)?.seq ?? 0;
  // A shipment no instance has searched (nor the sync): its search goes upstream.
  const [fresh] = await sim.addShipments({ count: 1, photos: 2 });
  const slow = api(a().base, `/api/shipments/${fresh!.reference_number}/photos`, cookie);
  await expect
    .poll(async () => (await sim.requests(since)).some((r) => r.path === "/v1/media/search"), { intervals: [25] })
    .toBe(true);
  a().kill("SIGTERM");
  const answer = await slow;
  expect(answer.status).toBe(200);
  expect((await answer.json()).files.length).toBeGreaterThan(0);
  expect(await a().exited).toEqual({ code: 0, signal: null });

  // A pack that cannot finish within the grace period: the client must see a failed transfer,
  // never a file that looks complete.
  const cookieB = await signInAs(b().base, reviewer);
  await sim.fault({ service: "cdn", kind: "latency", latency_ms: 9_000 });
  const pack = await api(b().base, `/api/shipments/${SHIPMENTS.large}/evidence.zip`, cookieB);
  expect(pack.status).toBe(200);
  const stated = Number(pack.headers.get("content-length"));
  expect(stated).toBeGreaterThan(0);
  const stoppedAt = Date.now();
  b().kill("SIGTERM");
  let received = 0;
  let failed = false;
  try {
    for await (const chunk of pack.body!) received += (chunk as Uint8Array).byteLength;
  } catch {
    failed = true;
  }
  expect(failed || received < stated).toBe(true);
  expect(received).toBeLessThan(stated);
  expect(await b().exited).toEqual({ code: 0, signal: null });
  expect(Date.now() - stoppedAt).toBeLessThan(12_000);
  await Promise.all([a().restart(), b().restart()]);
});
