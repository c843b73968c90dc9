// What the review page says when Sitoo misbehaves must match what is on screen: a failed refresh
// is a quiet notice while the photos stay; loading that stopped part-way says so and marks the
// counts as partial; a catalog failure is said once; a long wait says what it waits for.
import { expect, test } from "./fixtures";
import { startOwnApp } from "./support/own-app";
import { SHIPMENTS } from "./support/sim";

test("loading that stops part-way says how many of at least how many, marks the counts partial, and Retry finishes", async ({
  context,
  page,
  sim,
}, testInfo) => {
  test.setTimeout(90_000);
  // The product's default search cache, so the first page can come from it while Sitoo fails.
  // No sync at start: its walk would put later pages in the cache too.
  const app = startOwnApp(3348, { SITOO_SEARCH_CACHE_SECONDS: "60", SYNC_INTERVAL_SECONDS: "0" });
  try {
    const cookie = await app.signIn();
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
    await context.addCookies([{ name, value, url: app.base }]);
    // Page 1 of 640 is in the server's cache; every later page fails upstream.
    expect((await page.request.get(`${app.base}/api/shipments/${SHIPMENTS.bulk}/photos`)).ok()).toBe(true);
    await sim.fault({ service: "media", kind: "status", status: 500 });

    await page.goto(`${app.base}/shipments/${SHIPMENTS.bulk}`);
    const stopped = page.getByRole("alert").filter({ hasText: "loading stopped" });
    await expect(stopped).toContainText("100 of at least 101 photos loaded — loading stopped", { timeout: 30_000 });
    await expect(page.getByTestId("summary-photos")).toHaveText(/^100\+/);
    await expect(page.getByText(/Loading more photos/)).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("partial-load.png") });

    await sim.clearFaults();
    await stopped.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByTestId("summary-photos")).toHaveText("640", { timeout: 30_000 });
    await expect(stopped).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

test("a failed background refresh is a quiet notice with the next try, and the photos stay", async ({
  page,
  review,
  sim,
}, testInfo) => {
  test.setTimeout(60_000);
  await sim.configure({ url_lifetime_seconds: 8 });
  await review.open(SHIPMENTS.neighbour);
  await review.waitForComplete(3);
  expect(await review.expectAllThumbnailsLoaded()).toBe(3);
  await sim.fault({ service: "media", kind: "status", status: 500 });

  const notice = page.getByTestId("refresh-notice");
  await expect(notice).toContainText("Could not refresh the photo list from Sitoo", { timeout: 30_000 });
  await expect(notice).toContainText(/trying again at \d{1,2}[:.]\d{2}/);
  await expect(notice).toHaveAttribute("role", "status");
  // Nothing alarming, and everything still on screen.
  await expect(page.locator("main [role=alert]")).toHaveCount(0);
  await expect(review.tiles()).toHaveCount(3);
  await expect(review.summary("photos")).toHaveText("3");
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: testInfo.outputPath("refresh-failed-dark.png") });

  await sim.clearFaults();
  await expect(notice).toHaveCount(0, { timeout: 40_000 });
});

test("a catalog failure is one notice with one Retry for the whole page", async ({ page, review, sim }) => {
  await sim.fault({ service: "rest", kind: "status", status: 500 });
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  const notice = page.getByTestId("catalog-notice");
  await expect(notice).toContainText("Catalog unavailable", { timeout: 20_000 });
  await expect(notice).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Retry" })).toHaveCount(1);
  await expect(page.getByTestId("catalog-strip")).toHaveCount(0);
  await sim.clearFaults();
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(review.skuGroup("SKU-001").getByTestId("catalog-title")).toHaveText("Ceramic mug, 350 ml");
  await expect(notice).toHaveCount(0);
});

test("a slow Sitoo: after two seconds the page says what it is waiting for, and for how long", async ({
  page,
  review,
  sim,
}) => {
  test.setTimeout(60_000);
  // Slow, but within this app's 2.5 s timeout per call: the page waits rather than fails.
  await sim.fault({ service: "media", kind: "latency", latency_ms: 2_300, path_prefix: "/v1/media/search" });
  await review.open(SHIPMENTS.mixed);
  const waiting = page.getByTestId("waiting");
  await expect(waiting).toHaveText(/^Waiting for Sitoo Media Object Storage… 2 s$/, { timeout: 8_000 });
  await review.waitForComplete(5);
  await expect(waiting).toHaveCount(0);
});
