// What a reviewer sees before scrolling: the review page of 1RT823V93 at a desktop, a tablet and a
// phone, as the product runs (an app of its own whose Shipments sync ran at start, so the shipment
// record and quantities are on the page). Counted are thumbnails and discrepancy cards that lie
// wholly inside the first screen.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { type OwnApp, startOwnApp } from "./support/own-app";
import { SHIPMENTS } from "./support/sim";

let app: OwnApp;
let cookie: string;

test.beforeAll(async () => {
  app = startOwnApp(3347, { SYNC_INTERVAL_SECONDS: "3600" });
  cookie = await app.signIn();
  // The sync at start has run: until then the shipment has no record to show (a page opened before
  // it shows none, which is right, and the first test here once did).
  await expect
    .poll(
      async () => {
        const answer = await fetch(`${app.base}/api/sync`, { headers: { cookie } });
        const sync = (await answer.json()) as { last_run: { finished_at: string | null } | null };
        return Boolean(sync.last_run?.finished_at);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
});
test.afterAll(async () => {
  await app.stop();
});

async function openReview(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: app.base }]);
  const page = await context.newPage();
  await page.goto(`${app.base}/shipments/${SHIPMENTS.main}`);
  // The streamed part is in the document (hidden) before React reveals it in place of the page's
  // frame, and both hold a shipment record for a moment: only what a person can see counts.
  await expect(page.getByTestId("summary-photos")).toBeVisible();
  await expect(page.getByTestId("summary-photos")).toHaveText("16");
  await expect(page.getByText(/Loading more photos/)).toHaveCount(0);
  // The shipment record, the catalog and the decisions have arrived: the layout is final.
  await expect(page.getByTestId("shipment-record").filter({ visible: true })).toBeVisible();
  await expect(page.getByTestId("catalog-title").first()).toBeVisible();
  await expect(page.getByTestId("decision-card").first()).toBeVisible();
  return { context, page };
}

async function aboveTheFold(page: Page) {
  return page.evaluate(() => {
    const whole = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
    };
    return {
      thumbnails: [...document.querySelectorAll("[data-testid=photo-tile]")].filter(whole).length,
      discrepancies: [...document.querySelectorAll("[data-testid=discrepancy-group]")].filter(whole).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

const screens = [
  { name: "desktop", viewport: { width: 1440, height: 900 }, thumbnails: 12, discrepancies: 4 },
  { name: "tablet", viewport: { width: 820, height: 1180 }, thumbnails: 9, discrepancies: 3 },
  { name: "phone", viewport: { width: 390, height: 844 }, thumbnails: 2, discrepancies: 1 },
] as const;

for (const screen of screens) {
  test(`${screen.name}: the first screen at ${screen.viewport.width}×${screen.viewport.height} shows at least ${screen.thumbnails} thumbnails and ${screen.discrepancies} whole discrepancy cards, nothing overflowing sideways`, async ({
    browser,
  }, testInfo) => {
    const { context, page } = await openReview(browser, screen.viewport);
    const seen = await aboveTheFold(page);
    await page.screenshot({ path: testInfo.outputPath(`first-screen-${screen.name}.png`) });
    expect(seen.overflow).toBeLessThanOrEqual(0);
    expect(seen.thumbnails).toBeGreaterThanOrEqual(screen.thumbnails);
    expect(seen.discrepancies).toBeGreaterThanOrEqual(screen.discrepancies);
    await context.close();
  });
}

test("each discrepancy card says what is wrong with which item: reason badge, SKU with product, expected quantity, photo count, decision", async ({
  browser,
}) => {
  const { context, page } = await openReview(browser, { width: 1440, height: 900 });
  const sku = (code: string) => page.locator(`[data-testid=sku-group][data-sku="${code}"]`);
  const shortage = sku("SKU-002").locator("[data-testid=discrepancy-group][data-reason=SHORTAGE]");
  await expect(shortage).toHaveCount(1);
  await expect(shortage.getByRole("heading", { level: 3 })).toHaveAccessibleName(/^Shortage, discrepancy \S+$/);
  await expect(shortage).toContainText("SKU-002 · Oak serving board · 24 expected");
  await expect(shortage.getByTestId("count")).toHaveText("1 photo");
  await expect(shortage.getByTestId("decision-status")).toHaveText("Open");
  await expect(shortage.getByRole("button", { name: /^Decide for SKU-002, Shortage, discrepancy/ })).toBeVisible();
  // The SKU's heading line carries its product, quantity and catalog images: no catalog box.
  await expect(sku("SKU-002").getByTestId("catalog-title")).toHaveText("Oak serving board");
  await expect(sku("SKU-002").getByTestId("sku-quantity")).toHaveText(/Expected 24, received 22 \(2 short\)/);
  // A SKU's cards sit side by side.
  const tops = await sku("SKU-001")
    .getByTestId("discrepancy-group")
    .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(tops).toHaveLength(3);
  expect(new Set(tops).size).toBe(1);
  await context.close();
});
