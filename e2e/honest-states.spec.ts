// What the review page says when Sitoo misbehaves must match what is on screen: a failed refresh
// is a quiet notice while the photos stay; loading that stopped part-way says so and marks the
// counts as partial; a catalog failure is said once; a long wait says what it waits for, and a
// short one shows no placeholder at all.
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

test("a slow Sitoo: the page frame shows at once, after two seconds it says what it is waiting for, and the photos stream in without the browser asking again", async ({
  context,
  page,
  sim,
}) => {
  test.setTimeout(90_000);
  // Its own app, patient enough (8 s per call) to wait out 4.5 s of latency rather than fail.
  const app = startOwnApp(3349, { SITOO_TIMEOUT_MS: "8000", SITOO_DEADLINE_MS: "12000", SYNC_INTERVAL_SECONDS: "0" });
  try {
    const cookie = await app.signIn();
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
    await context.addCookies([{ name, value, url: app.base }]);
    await sim.fault({ service: "media", kind: "latency", latency_ms: 4_500, path_prefix: "/v1/media/search" });
    const browserSearches: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes(`/api/shipments/${SHIPMENTS.mixed}/photos`)) browserSearches.push(r.url());
    });
    const started = Date.now();
    await page.goto(`${app.base}/shipments/${SHIPMENTS.mixed}`, { waitUntil: "commit" });
    // The frame (title, skeleton) is on screen long before Sitoo answers.
    await expect(page.getByRole("heading", { level: 1, name: `Shipment ${SHIPMENTS.mixed}` })).toBeVisible();
    await expect(page.getByTestId("loading")).toBeVisible();
    expect(Date.now() - started).toBeLessThan(4_000);
    const waiting = page.getByTestId("waiting");
    await expect(waiting).toHaveText(/^Waiting for Sitoo Media Object Storage… [23] s$/, { timeout: 4_000 });
    await expect(waiting).toHaveText(/^Waiting for Sitoo Media Object Storage… [34] s$/, { timeout: 3_000 });
    await expect(page.getByTestId("summary-photos")).toHaveText("5", { timeout: 15_000 });
    await expect(waiting).toHaveCount(0);
    // The first page came with the streamed HTML: the browser did not start the search over.
    expect(browserSearches.filter((u) => !u.includes("cursor="))).toEqual([]);
  } finally {
    await sim.clearFaults();
    await app.stop();
  }
});

test("a quick Sitoo: the photos come with the page, and no placeholder is ever put on screen", async ({
  page,
  sim,
}) => {
  // A server that has rendered the page once (a cold start's first render is not Sitoo's wait).
  expect((await page.request.get(`/shipments/${SHIPMENTS.main}`)).ok()).toBe(true);
  // Sitoo answers in 50 ms, well within the 200 ms the page's first bytes wait for it.
  await sim.fault({ service: "media", kind: "latency", latency_ms: 50, path_prefix: "/v1/media/search" });
  // Everything the browser's parser or React ever puts in the page, from the first byte on.
  await page.addInitScript(() => {
    const seen = { placeholder: false };
    Object.assign(window, { __seen: seen });
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="loading"], [data-testid="waiting"]')) seen.placeholder = true;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`/shipments/${SHIPMENTS.mixed}`, { waitUntil: "commit" });
  await expect(page.getByTestId("summary-photos")).toHaveText("5");
  await expect(page.locator('img[src*="/thumbnail"]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __seen: { placeholder: boolean } }).__seen)).toEqual({
    placeholder: false,
  });
});

for (const c of [
  {
    name: "Sitoo rate-limiting every search",
    fault: { kind: "status", status: 429, retry_after: 1 },
    says: /rate-limiting the dashboard/,
  },
  { name: "a hung Sitoo", fault: { kind: "hang" }, says: /did not answer in time/ },
] as const) {
  test(`${c.name}: the page says so within the server's deadline, with Retry, and the browser does not ask again on its own`, async ({
    page,
    review,
    sim,
  }) => {
    await sim.fault({ service: "media", ...c.fault, path_prefix: "/v1/media/search" });
    const browserSearches: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes(`/api/shipments/${SHIPMENTS.neighbour}/photos`)) browserSearches.push(r.url());
    });
    const started = Date.now();
    await review.open(SHIPMENTS.neighbour);
    const alert = page.locator("main [role=alert]");
    // The shared test app gives up on Sitoo after 6 s; the page shows that answer as it comes.
    await expect(alert).toContainText(c.says, { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(browserSearches).toEqual([]);
    await sim.clearFaults();
    await alert.getByRole("button", { name: "Retry" }).click();
    await review.waitForComplete(3);
  });
}
