import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { WorklistPage } from "./pages/worklist-page";
import { type OwnApp, startOwnApp } from "./support/own-app";
import { SHIPMENTS } from "./support/sim";

// Sitoo Shipments end to end: an app of its own whose sync runs at start (the shared apps' does
// not), against the shared simulator's Shipments v3 seed.
let app: OwnApp;
let cookie: string;

test.beforeAll(async () => {
  app = startOwnApp(3346, { SYNC_INTERVAL_SECONDS: "3600", SYNC_MANUAL_COOLDOWN_SECONDS: "0" });
  cookie = await app.signIn();
});
test.afterAll(async () => {
  await app.stop();
});

async function signedInPage(browser: Browser) {
  const context = await browser.newContext();
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: app.base }]);
  return { context, page: await context.newPage() };
}

test("the worklist fills itself from Sitoo Shipments; a new arrived shipment with photos appears after one check", async ({
  browser,
  sim,
}) => {
  const { context, page } = await signedInPage(browser);
  const worklist = new WorklistPage(page, app.base);
  await worklist.open();
  // Nobody opened these shipments: the sync at start listed them.
  await expect(worklist.rowWith(SHIPMENTS.main).first()).toBeVisible();
  await expect(worklist.syncStatus).toContainText(/checked .*known/i);
  // Arrival and deadline columns come from the shipment record.
  const mainRow = worklist.rowWith(SHIPMENTS.main).first();
  await expect(mainRow.getByTestId("claim-deadline")).toHaveText(/due in \d+ days?|due today|overdue by/);

  const [added] = await sim.addShipments({ photos: 2, reference: "E2ENEW0001" });
  await worklist.open("?shipment=E2ENEW0001");
  await expect(worklist.empty).toBeVisible();
  await page.getByRole("button", { name: "Check Sitoo now" }).click();
  await expect(worklist.rowWith("E2ENEW0001")).toHaveCount(added!.entity_ids.length);

  // A shipment without photos is known but lists nothing.
  await worklist.open("?shipment=AR400100");
  await expect(worklist.empty).toBeVisible();

  // Soonest deadline first: the order follows the claim deadlines.
  await worklist.open("?sort=deadline");
  await expect(worklist.rows.first()).toBeVisible();
  const deadlines = await page.evaluate(async () => {
    const res = await fetch("/api/discrepancies?sort=deadline");
    const body = await res.json();
    return body.discrepancies.map((d: { claim_deadline: string | null }) => d.claim_deadline);
  });
  const real = deadlines.filter((d: string | null) => d !== null);
  expect(real.length).toBeGreaterThan(0);
  expect(real).toEqual([...real].sort());
  expect(
    deadlines.indexOf(null) === -1 || deadlines.slice(deadlines.indexOf(null)).every((d: unknown) => d === null),
  ).toBe(true);
  await context.close();
});

test("the review page shows the carrier link, the supplier's e-mail, arrival, deadlines and expected/received quantities", async ({
  browser,
}) => {
  const { context, page } = await signedInPage(browser);
  await page.goto(`${app.base}/shipments/${SHIPMENTS.main}`);
  // The page's frame and the streamed part each hold a record until React swaps them: the one shown.
  const record = page.getByTestId("shipment-record").filter({ visible: true });
  await expect(record).toBeVisible();
  const tracking = record.getByTestId("tracking-link");
  await expect(tracking).toHaveAttribute("href", /^https:\/\/www\.dhl\.com\/.*52254195678/);
  await expect(tracking).toHaveAttribute("rel", /noopener/);
  await expect(record.getByTestId("shipment-carrier")).toContainText("DHL Freight");
  await expect(record.getByTestId("shipment-origin").getByTestId("party-email")).toHaveAttribute(
    "href",
    "mailto:claims@nordic-ceramics.example",
  );
  await expect(record.getByTestId("shipment-origin")).toContainText("Nordic Ceramics AB");
  await expect(record.getByTestId("shipment-destination")).toContainText("Stockholm Drottninggatan");
  await expect(record.getByTestId("shipment-arrival")).toContainText("Arrived");
  await expect(record.getByTestId("shipment-deadlines").getByTestId("claim-deadline")).toHaveCount(2);
  // The SHORTAGE SKU reads what was expected and what came.
  const shortage = page.locator('[data-testid=sku-group][data-sku="SKU-002"]');
  await expect(shortage.getByTestId("sku-quantity")).toHaveText(/expected 24, received 22 \(2 short\)/i);
  // An undecided discrepancy shows when its claim is due.
  await expect(page.getByTestId("decision-card").first().getByTestId("claim-deadline")).toHaveText(
    /Claim (due|overdue)/,
  );
  await context.close();
});

test("a javascript: tracking URL is shown as text, never a link", async ({ browser }) => {
  const { context, page } = await signedInPage(browser);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${app.base}/shipments/${SHIPMENTS.mixed}`);
  // The page's frame and the streamed part each hold a record until React swaps them: the one shown.
  const record = page.getByTestId("shipment-record").filter({ visible: true });
  await expect(record.getByTestId("tracking-text")).toContainText("javascript:alert(document.cookie)");
  await expect(record.getByTestId("tracking-link")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await record.getByTestId("tracking-text").click();
  expect(dialogs).toEqual([]);
  await context.close();
});

test("with Shipments answering 403 the worklist says the list is unavailable and why, and the review page works", async ({
  browser,
  sim,
}) => {
  const { context, page } = await signedInPage(browser);
  const worklist = new WorklistPage(page, app.base);
  await sim.fault({ service: "shipments", kind: "status", status: 403 });
  await worklist.open();
  await page.getByRole("button", { name: "Check Sitoo now" }).click();
  const notice = page.getByTestId("shipments-unavailable");
  await expect(notice).toContainText("The shipment list from Sitoo is unavailable");
  await expect(notice).toContainText("HTTP 403");
  // What the index holds stays listed, and once access is back one click checks again.
  await expect(worklist.rows.first()).toBeVisible();
  await sim.clearFaults();
  await notice.getByRole("button", { name: "Check Sitoo now" }).click();
  await expect(notice).toHaveCount(0);
  await expect(worklist.syncStatus).toBeVisible();
  await page.goto(`${app.base}/shipments/${SHIPMENTS.neighbour}`);
  await expect(page.getByTestId("photo-tile").first()).toBeVisible();
  await expect(page.getByTestId("summary-photos")).toHaveText("3");
  await context.close();
});

test("with the photos slow to come, the page still hydrates the server's HTML as it is: no mismatch, and a thumbnail opens the viewer", async ({
  browser,
  sim,
}) => {
  // The page's frame hydrates while the photos (and the record, seeded with them) are on their way.
  await sim.fault({ service: "media", kind: "latency", latency_ms: 1_500, path_prefix: "/v1/media/search", count: 1 });
  const { context, page } = await signedInPage(browser);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${app.base}/shipments/${SHIPMENTS.main}`);
  await expect(page.getByTestId("photo-tile").first()).toBeVisible();
  await expect(page.getByTestId("shipment-record").filter({ visible: true })).toBeVisible();
  await page.getByTestId("photo-tile").first().click();
  await expect(page.getByTestId("viewer")).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
