import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DecisionCard } from "./pages/decision-card";
import { startOwnApp } from "./support/own-app";
import { SHIPMENTS } from "./support/sim";

type PhotoList = { files: { entity_id: string; key: { sku: string; reason_code: string } | null }[] };

async function entityOf(request: APIRequestContext, shipment: string, sku: string, reason: string) {
  const list: PhotoList = await (await request.get(`/api/shipments/${shipment}/photos`)).json();
  return list.files.find((f) => f.key?.sku === sku && f.key.reason_code === reason)!.entity_id;
}

test("a reviewer takes a discrepancy from open to claimed to credited, and the history says who did what", async ({
  page,
  review,
  request,
}) => {
  const entity = await entityOf(request, SHIPMENTS.main, "SKU-001", "DAMAGED");
  await review.open(SHIPMENTS.main, "?sku=SKU-001&reason=DAMAGED");
  const card = new DecisionCard(page, entity);
  await expect(card.status()).toHaveText("Open");
  await card.open();
  await card.assignToMe();
  await expect(card.assignee()).toHaveText("Assigned to reviewer");
  await card.setStatus("Claimed");
  await card.saveClaim({ party: "Supplier", reference: "CLM-4471", amount: "1 299,50", currency: "SEK" });
  await expect(card.claim()).toContainText("Supplier · CLM-4471 · SEK");
  await card.addNote("Supplier confirmed by phone; credit note promised.");
  await expect(card.note()).toHaveValue("");
  await card.setStatus("Credited");
  await expect(card.status()).toHaveText("Credited");
  await expect(card.history().getByRole("listitem")).toHaveText([
    /Status: Claimed → Credited — reviewer/,
    /Note: Supplier confirmed by phone; credit note promised\. — reviewer/,
    /Claim: Supplier · CLM-4471 · SEK\s1,299\.50 — reviewer/,
    /Status: Open → Claimed — reviewer/,
    /Assigned to reviewer — reviewer/,
  ]);
  // Saved, not just shown: a reload has it all.
  await page.reload();
  await expect(card.status()).toHaveText("Credited");
  await expect(card.claim()).toContainText("CLM-4471");
  await expect(page.getByTestId("decision-progress")).toContainText(/1 of \d+ discrepancies decided/);
});

test("two reviewers change the same discrepancy: the second sees the conflict, and both changes end in the history", async ({
  browser,
  request,
}) => {
  const entity = await entityOf(request, SHIPMENTS.main, "SKU-001", "WRONG_ITEM");
  const url = `/shipments/${SHIPMENTS.main}?sku=SKU-001&reason=WRONG_ITEM`;
  const mine = await browser.newContext({ storageState: ".e2e/auth/reviewer.json" });
  const theirs = await browser.newContext({ storageState: ".e2e/auth/colleague.json" });
  const [a, b] = [await mine.newPage(), await theirs.newPage()];
  await a.goto(url);
  await b.goto(url);
  const cardA = new DecisionCard(a, entity);
  const cardB = new DecisionCard(b, entity);
  await cardA.open();
  await cardB.open();
  // The colleague claims it first; the reviewer, still looking at the old version, writes it off.
  await cardB.setStatus("Claimed");
  await expect(cardB.status()).toHaveText("Claimed");
  await cardA.setStatus("Written off");
  await expect(cardA.conflict()).toContainText("colleague changed this discrepancy");
  await expect(cardA.conflict()).toContainText("Status is now Claimed");
  await expect(cardA.status()).toHaveText("Claimed");
  await cardA.conflict().getByRole("button", { name: "Apply mine again" }).click();
  await expect(cardA.status()).toHaveText("Written off");
  await expect(cardA.conflict()).toHaveCount(0);
  await expect(cardA.history().getByRole("listitem")).toHaveText([
    /Status: Claimed → Written off — reviewer/,
    /Status: Open → Claimed — colleague/,
  ]);
  await mine.close();
  await theirs.close();
});

test("a note typed during a failed save stays in its box, and Retry saves it", async ({ page, review, request }) => {
  const entity = await entityOf(request, SHIPMENTS.main, "SKU-002", "SHORTAGE");
  await review.open(SHIPMENTS.main, "?sku=SKU-002&reason=SHORTAGE");
  const card = new DecisionCard(page, entity);
  await card.open();
  let failNext = true;
  await page.route("**/decisions", async (route) => {
    if (route.request().method() === "PATCH" && failNext) {
      failNext = false;
      return route.abort("connectionreset");
    }
    return route.continue();
  });
  const text = "Two cartons short; driver signed the CMR with a remark.";
  await card.addNote(text);
  await expect(card.root.getByRole("alert")).toContainText("Your change was not saved");
  await expect(card.note()).toHaveValue(text);
  await card.root.getByRole("button", { name: "Retry" }).click();
  await expect(card.note()).toHaveValue("");
  await expect(card.history().getByRole("listitem").first()).toContainText(`Note: ${text}`);
});

test("the worklist lists a shipment's discrepancies once it was opened, and filters by assigned to me", async ({
  page,
  review,
  worklist,
  request,
  sim,
}) => {
  // A shipment no test has opened: three discrepancies photographed at the store just now.
  const shipment = `WL${Date.now().toString(36).toUpperCase()}`;
  for (const [sku, reason, d] of [
    ["SKU-1", "DAMAGED", "a"],
    ["SKU-1", "DAMAGED", "b"],
    ["SKU-2", "SHORTAGE", "c"],
  ])
    await sim.startUpload(`${shipment}|${sku}|${reason}|${d}`);
  await worklist.open(`?shipment=${shipment}`);
  await expect(worklist.empty).toBeVisible();
  await review.open(shipment);
  await expect(page.getByTestId("decision-card")).toHaveCount(3);
  await worklist.open(`?shipment=${shipment}`);
  const rows = worklist.rows;
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  const first = await rows.first().getAttribute("data-entity");
  expect(total).toBe(3);
  const patch = await request.patch(`/api/shipments/${shipment}/decisions`, {
    data: { entity_id: first, version: 0, assignee: "reviewer" },
  });
  expect(patch.status()).toBe(200);
  await page.getByRole("combobox", { name: "Assignee" }).selectOption({ label: "Assigned to me" });
  await expect(page).toHaveURL(/assignee=me/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-entity", first!);
  await page.getByRole("combobox", { name: "Assignee" }).selectOption({ label: "Unassigned" });
  await expect(rows).toHaveCount(total - 1);
  // The row opens the review page filtered to that discrepancy.
  await rows.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/shipments/${shipment}\\?sku=.*&discrepancy=`));
  await expect(page.getByTestId("discrepancy-group")).toHaveCount(1);
});

test("on a phone, the worklist's first page arriving moves nothing above the list", async ({ page, worklist }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // The first page is held back (the real request, only later) until the place-holding state is measured.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === "/api/discrepancies",
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto("/");
  const status = page.getByRole("combobox", { name: "Status" });
  const openCount = worklist.count("open");
  await expect(page.getByText("Loading the worklist…")).toBeVisible();
  await expect(openCount).toHaveText("…");
  const top = async () => [
    await status.evaluate((el) => el.getBoundingClientRect().top),
    await openCount.evaluate((el) => el.getBoundingClientRect().top),
  ];
  const before = await top();
  await expect(page.getByText("Loading the worklist…")).toBeVisible();
  release();
  await expect(openCount).toHaveText(/^\d+$/);
  await expect(page.getByText("Loading the worklist…")).toHaveCount(0);
  // Until 2026-11-25 the sync's line and the counts came with the first page: the filters moved 80 px
  // and the list 180 px.
  expect(await top()).toEqual(before);
});

test("bad input is refused with 400 and writes nothing", async ({ request }) => {
  const entity = await entityOf(request, SHIPMENTS.neighbour, "SKU-005", "DAMAGED").catch(() => null);
  const target =
    entity ?? (await (await request.get(`/api/shipments/${SHIPMENTS.neighbour}/photos`)).json()).files[0].entity_id;
  const counts = async () => ({
    decisions: (await (await request.get(`/api/shipments/${SHIPMENTS.neighbour}/decisions`)).json()).decisions.length,
    events: (await (await request.get(`/api/shipments/${SHIPMENTS.neighbour}/activity`)).json()).events.length,
  });
  const before = await counts();
  const bad: Record<string, unknown>[] = [
    { entity_id: target, version: 0, status: "lost" },
    { entity_id: target, version: 0, claim: { party: "neighbour" } },
    { entity_id: "1RT823V93|SKU-001|DAMAGED|x", version: 0, status: "claimed" },
    { entity_id: target, version: 0, assignee: "nobody-here" },
    { entity_id: target, version: 0, note: "   " },
    { entity_id: target, version: 0, note: "x".repeat(4001) },
    { entity_id: target, version: 0, claim: { party: "carrier", amount: -5, currency: "SEK" } },
    { entity_id: target, version: 0, claim: { party: "carrier", amount: 12.5, currency: "SEK" } },
    { entity_id: target, version: 0, claim: { party: "carrier", amount: 100, currency: "XYZ" } },
    { entity_id: target, version: -1, status: "claimed" },
    { entity_id: target, version: 0 },
    { entity_id: target, version: 0, status: "__proto__" },
  ];
  for (const data of bad) {
    const res = await request.patch(`/api/shipments/${SHIPMENTS.neighbour}/decisions`, { data });
    expect(res.status(), JSON.stringify(data).slice(0, 80)).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  }
  const notJson = await request.patch(`/api/shipments/${SHIPMENTS.neighbour}/decisions`, {
    data: "{not json",
    headers: { "content-type": "application/json" },
  });
  expect(notJson.status()).toBe(400);
  expect(await counts()).toEqual(before);
});

test("restarting the app keeps every decision; a second app on the same DATA_DIR refuses to start", async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "spr-e2e-data-"));
  const first = startOwnApp(3330, { DATA_DIR: dataDir });
  const cookie = await first.signIn();
  const list: PhotoList = await (
    await fetch(`${first.base}/api/shipments/${SHIPMENTS.main}/photos`, { headers: { cookie } })
  ).json();
  const entity = list.files[0]!.entity_id;
  const saved = await fetch(`${first.base}/api/shipments/${SHIPMENTS.main}/decisions`, {
    method: "PATCH",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ entity_id: entity, version: 0, status: "claim_rejected", note: "Kept across restarts" }),
  });
  expect(saved.status).toBe(200);

  const second = startOwnApp(3331, { DATA_DIR: dataDir });
  expect(await second.exited).toBe(1);
  expect(second.output()).toMatch(/Refusing to start: DATA_DIR .* is in use by process \d+/);

  expect(await first.stop()).not.toBeNull();
  const again = startOwnApp(3330, { DATA_DIR: dataDir });
  const cookie2 = await again.signIn();
  const decisions = await (
    await fetch(`${again.base}/api/shipments/${SHIPMENTS.main}/decisions`, { headers: { cookie: cookie2 } })
  ).json();
  expect(decisions.decisions).toEqual([
    expect.objectContaining({
      entity_id: entity,
      status: "claim_rejected",
      version: 1,
      notes: [expect.objectContaining({ text: "Kept across restarts" })],
    }),
  ]);
  await again.stop();
});

test("with the database down the photos keep working, decisions say so with a request id, and ready is 503", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const app = startOwnApp(3332, { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
  const cookie = await app.signIn();
  expect((await fetch(`${app.base}/api/health`)).status).toBe(200);
  const ready = await fetch(`${app.base}/api/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ ok: false, checks: { database: "unavailable", redis: "off" }, degraded: false });
  const decisions = await fetch(`${app.base}/api/shipments/${SHIPMENTS.main}/decisions`, { headers: { cookie } });
  expect(decisions.status).toBe(503);
  expect((await decisions.json()).error_code).toBe("DATABASE_UNAVAILABLE");

  const context = await browser.newContext();
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: app.base }]);
  const page = await context.newPage();
  await page.goto(`${app.base}/shipments/${SHIPMENTS.neighbour}`);
  await expect(page.getByTestId("photo-tile").first()).toBeVisible();
  const alert = page.getByRole("alert").filter({ hasText: "Could not load the decisions" });
  await expect(alert).toContainText("Request ID");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  await page.goto(`${app.base}/`);
  await expect(page.getByRole("alert").filter({ hasText: "Could not load the worklist" })).toBeVisible();
  await context.close();
  await app.stop();
});
