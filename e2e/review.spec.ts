import { expect, test } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

test("a shipment's photos are grouped by SKU, reason and discrepancy with correct counts", async ({ page, review }) => {
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  await expect(review.summary("skus")).toHaveText("4");
  await expect(review.summary("discrepancies")).toHaveText("9");
  await expect(review.summary("processing")).toHaveText("3");
  await expect(review.summary("failed")).toHaveText("1");
  await expect(review.tiles()).toHaveCount(16);
  // The prefix-neighbour shipment 1RT823V9 has SKU-005; it must never appear here.
  await expect(page.getByTestId("sku-group")).toHaveCount(4);
  expect(await page.getByTestId("sku-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-sku")))).toEqual([
    "SKU-001",
    "SKU-002",
    "SKU-003",
    "SKU-404",
  ]);
  const sku1 = review.skuGroup("SKU-001");
  await expect(sku1.getByRole("heading", { level: 2 })).toContainText("5");
  // Each discrepancy is a card wearing its reason: two damaged (2 photos each), one wrong item.
  const damaged = sku1.locator("[data-testid=discrepancy-group][data-reason=DAMAGED]");
  await expect(damaged).toHaveCount(2);
  await expect(damaged.getByRole("heading", { level: 3 })).toHaveText([/^Damaged/, /^Damaged/]);
  await expect(damaged.getByTestId("count")).toHaveText(["2 photos", "2 photos"]);
  const wrong = sku1.locator("[data-testid=discrepancy-group][data-reason=WRONG_ITEM]");
  await expect(wrong.getByRole("heading", { level: 3 })).toContainText("Wrong item");
  await expect(wrong.getByTestId("count")).toHaveText("1 photo");
  await expect(review.unrecognised()).toContainText("Unrecognised key1");
  await expect(review.unrecognised().getByTestId("photo-tile")).toHaveCount(1);
  await expect(page.locator("[data-status=failed]")).toContainText("Processing failed");
  await expect(page.getByRole("img", { name: "SKU-001, Damaged, discrepancy" }).first()).toBeVisible();
});

test("the shorter, prefix shipment shows only its own photos", async ({ page, review }) => {
  await review.open(SHIPMENTS.neighbour);
  await review.waitForComplete(3);
  await expect(page.getByTestId("sku-group")).toHaveCount(2);
  await expect(review.skuGroup("SKU-002")).toHaveCount(0);
});

test("an unknown reason code is shown raw", async ({ page, review }) => {
  await review.open(SHIPMENTS.mixed);
  await review.waitForComplete(5);
  await expect(page.locator("[data-reason=WET] h3")).toContainText("WET");
});

test("a photo that is processing turns into a thumbnail without a reload", async ({ page, review }) => {
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  const processing = page.locator("[data-testid=photo-tile][data-status=processing]");
  await expect(processing).toHaveCount(1);
  const navigations: string[] = [];
  page.on("framenavigated", (f) => navigations.push(f.url()));
  // Each search while a photo processes signs every URL anew; the thumbnails already on screen keep
  // theirs (still valid for most of an hour), so none of them loads again.
  const shown = () =>
    review
      .thumbnails()
      .evaluateAll((imgs) =>
        Object.fromEntries(imgs.map((img) => [img.closest("a")?.getAttribute("href"), img.getAttribute("src")])),
      );
  const before = await shown();
  expect(Object.keys(before)).toHaveLength(12);
  await expect(processing).toHaveCount(0, { timeout: 30_000 });
  await expect(review.summary("processing")).toHaveText("2");
  await expect(review.thumbnails()).toHaveCount(13);
  expect(await review.expectAllThumbnailsLoaded()).toBe(13);
  expect(navigations).toEqual([]);
  const after = await shown();
  expect(Object.keys(after)).toHaveLength(13);
  for (const [href, src] of Object.entries(before)) expect(after[href], href).toBe(src);
});

test("filters live in the query string and Copy link copies the exact view", async ({ page, review, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  await page.getByRole("combobox", { name: "SKU" }).selectOption("SKU-002");
  await expect(page).toHaveURL(/\?sku=SKU-002$/);
  await expect(review.tiles()).toHaveCount(3);
  await page.getByRole("combobox", { name: "Reason" }).selectOption("OVERAGE");
  await expect(page).toHaveURL(/\?sku=SKU-002&reason=OVERAGE$/);
  await expect(review.tiles()).toHaveCount(2);
  await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
  await expect(page.getByText("Showing 0 of 16 photos.")).toBeVisible();
  await page.getByRole("combobox", { name: "Status" }).selectOption("");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  // The copied link, opened fresh, shows the same view.
  await page.goto("/");
  await page.goto(copied);
  await expect(review.tiles()).toHaveCount(2);
  await expect(page.getByRole("combobox", { name: "Reason" })).toHaveValue("OVERAGE");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(review.tiles()).toHaveCount(16);
  // Discrepancies are offered by their short IDs, grouped under SKU and reason, with photo counts.
  const discrepancy = page.getByRole("combobox", { name: "Discrepancy" });
  const groups = await discrepancy
    .locator("optgroup")
    .evaluateAll((els) => els.map((g) => `${g.getAttribute("label")}: ${g.querySelectorAll("option").length}`));
  expect(groups).toEqual([
    "SKU-001 · Damaged: 2",
    "SKU-001 · Wrong item: 1",
    "SKU-002 · Overage: 2",
    "SKU-002 · Shortage: 1",
    "SKU-003 · Damaged: 2",
    "SKU-404 · Wrong item: 1",
  ]);
  await expect(discrepancy.locator("optgroup").first().locator("option").first()).toHaveText(/^\S{4,12} \(2\)$/);
});

test("the viewer opens full size, walks with the keyboard, zooms, downloads and closes", async ({ page, review }) => {
  await review.open(SHIPMENTS.main, "?sku=SKU-001");
  await review.waitForComplete(16);
  await review.tiles().first().click();
  const viewer = review.viewer();
  await expect(viewer).toBeVisible();
  await expect(page).toHaveURL(/photo=[0-9a-f-]{36}/);
  await expect(viewer.getByText("Photo 1 of 5")).toBeVisible();
  const full = viewer.getByTestId("viewer-image-area").getByRole("img");
  await expect.poll(() => full.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200);
  await expect(full).toHaveAttribute("src", /\/full\.jpg\?Expires=/);
  await page.keyboard.press("ArrowRight");
  await expect(viewer.getByText("Photo 2 of 5")).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(viewer.getByText("Photo 1 of 5")).toBeVisible();
  await viewer.getByRole("button", { name: "Next photo" }).click();
  await expect(viewer.getByText("Photo 2 of 5")).toBeVisible();
  await viewer.getByRole("button", { name: "Zoom in" }).click();
  await expect(viewer.getByTestId("zoom-level")).toHaveText("150%");
  await expect(viewer.getByRole("link", { name: "Download" })).toHaveAttribute(
    "href",
    /^\/api\/photos\/[0-9a-f-]{36}\/download$/,
  );
  const meta = viewer.getByTestId("metadata");
  await expect(meta).toContainText("SKU-001");
  await expect(meta).toContainText(/KB/);
  await expect(meta).toContainText(/2026/);
  // The raw key is there for whoever needs it, behind a disclosure.
  const technical = viewer.getByTestId("technical-details");
  await expect(technical.getByText(/^1RT823V93\|SKU-001\|/)).toBeHidden();
  await technical.getByText("Technical details").click();
  await expect(technical.getByText(/^1RT823V93\|SKU-001\|/)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(viewer).toHaveCount(0);
  await expect(page).toHaveURL(/\?sku=SKU-001$/);
});

test("the 640-photo shipment shows every photo", async ({ review }) => {
  await review.open(SHIPMENTS.bulk);
  await review.waitForComplete(640);
  await expect(review.tiles()).toHaveCount(640);
});

test("a very large shipment is windowed: every photo counted, few in the page, all reachable", async ({
  page,
  review,
}) => {
  await review.open("BIG5000");
  await review.waitForComplete(1500);
  await expect(review.grid()).toHaveAttribute("data-windowed", "");
  const inPage = await review.tiles().count();
  expect(inPage).toBeGreaterThan(0);
  expect(inPage).toBeLessThan(300);
  await expect(page.locator("[data-sku=B-SKU-01]")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole("img", { name: /^B-SKU-19, / }).last()).toBeInViewport();
  await expect(page.locator("[data-sku=B-SKU-01]")).toHaveCount(0);
  // A tile far down still opens the viewer.
  await review.tiles().last().click();
  await expect(review.viewer()).toBeVisible();
});

test("a windowed shipment shows the same cards, headings and controls as a small one", async ({ page, review }) => {
  // Tall enough for B-SKU-01's 20 cards to be drawn whole in the windowed grid too.
  await page.setViewportSize({ width: 1280, height: 4000 });
  // The SKU's section as the accessibility tree has it (headings, cards, names, buttons), and
  // its cards in order; once its decisions and catalog have come.
  const outline = async () => {
    const group = review.skuGroup("B-SKU-01");
    await expect(group.getByRole("button", { name: /^Decide for B-SKU-01, / })).toHaveCount(20);
    await expect(group.getByRole("button", { name: "Collapse B-SKU-01" })).toBeEnabled();
    await expect(group.getByText("Loading catalog…")).toHaveCount(0);
    const cards = await group
      .getByTestId("discrepancy-group")
      .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-reason")} ${e.getAttribute("data-discrepancy")}`));
    // Links differ only in the filter they keep (?sku=…), which the windowed view has not.
    const tree = (await group.ariaSnapshot()).replace(/^\s*- \/url: .*\n/gm, "");
    return { tree, cards };
  };
  await review.open("BIG5000");
  await review.waitForComplete(1500);
  await expect(review.grid()).toHaveAttribute("data-windowed", "");
  const windowed = await outline();
  await review.open("BIG5000", "?sku=B-SKU-01");
  await review.waitForComplete(1500);
  await expect(review.grid()).not.toHaveAttribute("data-windowed");
  await expect(review.skuGroups()).toHaveCount(1);
  const small = await outline();
  expect(windowed.cards).toHaveLength(20);
  expect(windowed).toEqual(small);

  // Collapse and the keys work alike: folded, the SKU's cards leave; j lands on the next SKU's.
  await page.setViewportSize({ width: 1280, height: 720 });
  await review.open("BIG5000");
  await review.waitForComplete(1500);
  await review.skuGroup("B-SKU-01").getByRole("button", { name: "Collapse B-SKU-01" }).click();
  await expect(review.skuGroup("B-SKU-01").getByTestId("discrepancy-group")).toHaveCount(0);
  await page.keyboard.press("j");
  await expect(page.locator("[data-current=true]")).toHaveCount(1);
  await expect(page.locator("[data-testid=sku-group]:has([data-current=true])")).toHaveAttribute(
    "data-sku",
    "B-SKU-02",
  );
});

test("signed URLs are refreshed with one search per shipment and every thumbnail keeps loading", async ({
  review,
  sim,
}) => {
  test.setTimeout(90_000);
  await sim.configure({ url_lifetime_seconds: 5 });
  await review.open(SHIPMENTS.neighbour);
  await review.waitForComplete(3);
  await sim.clearRequests();
  // Several lifetimes pass while the page stays open.
  await expect
    .poll(async () => (await sim.requests()).filter((r) => r.path === "/v1/media/search").length, {
      timeout: 40_000,
      intervals: [1000],
    })
    .toBeGreaterThanOrEqual(4);
  const now = Date.now() / 1000;
  const expiries = await review
    .thumbnails()
    .evaluateAll((els) => els.map((el) => Number(new URL((el as HTMLImageElement).src).searchParams.get("Expires"))));
  expect(expiries).toHaveLength(3);
  for (const e of expiries) expect(e).toBeGreaterThan(now);
  expect(await review.expectAllThumbnailsLoaded()).toBe(3);
  const requests = await sim.requests();
  expect(requests.filter((r) => /^\/v1\/media\/[0-9a-f-]{36}$/.test(r.path))).toEqual([]);
  expect(requests.filter((r) => r.service === "cdn" && r.status === 403)).toEqual([]);
});

test("an image whose URL has expired is refreshed and retried once", async ({ review, sim }) => {
  // Every thumbnail's first request is refused, as an expired URL would be. (A shipment this
  // browser has not loaded yet, so nothing comes from its cache.)
  await sim.fault({ service: "cdn", kind: "status", status: 403, count: 5 });
  await review.open(SHIPMENTS.mixed);
  await review.waitForComplete(5);
  expect(await review.expectAllThumbnailsLoaded()).toBe(5);
  const requests = await sim.requests();
  expect(requests.filter((r) => r.service === "cdn" && r.status === 403)).toHaveLength(5);
  expect(requests.filter((r) => r.path === "/v1/media/search").length).toBeGreaterThanOrEqual(2);
  expect(requests.filter((r) => /^\/v1\/media\/[0-9a-f-]{36}$/.test(r.path))).toEqual([]);
});

test("an image that fails again after the retry says so instead of retrying forever", async ({ page, review, sim }) => {
  await sim.fault({ service: "cdn", kind: "status", status: 403 });
  await review.open(SHIPMENTS.mixed);
  await review.waitForComplete(5);
  await expect(page.getByText("Image unavailable")).toHaveCount(5);
  // Each thumbnail: the first load and one retry after the refresh. (Rarely the first load happens
  // twice, when React re-creates server-rendered images on hydration: never more.)
  const loads = new Map<string, number>();
  for (const r of (await sim.requests()).filter((r) => r.service === "cdn"))
    loads.set(r.path, (loads.get(r.path) ?? 0) + 1);
  expect(loads.size).toBe(5);
  for (const [path, n] of loads) {
    expect(n, path).toBeGreaterThanOrEqual(2);
    expect(n, path).toBeLessThanOrEqual(3);
  }
});

test("an unknown shipment shows the empty state, with the ID and a hint", async ({ page, review }) => {
  await review.open("NOPE-123");
  await expect(page.getByTestId("empty-state")).toContainText("No photos for shipment NOPE-123.");
  await expect(page.getByTestId("empty-state")).toContainText("matched exactly");
});

test("an invalid shipment ID in the address gives a clear message and no upstream call", async ({ page, sim }) => {
  await sim.clearRequests();
  await page.goto("/shipments/bad%7Cid");
  await expect(page.getByRole("heading", { name: "That is not a valid shipment ID" })).toBeVisible();
  expect(await sim.requests()).toEqual([]);
});

test("lookup validates as you type and remembers recently opened shipments", async ({ page }) => {
  await page.goto("/");
  const field = page.getByLabel("Shipment ID");
  await field.fill("bad|id");
  await expect(page.getByText("Use only letters, digits, dash, underscore and dot.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await field.fill(SHIPMENTS.neighbour);
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await expect(page).toHaveURL(`/shipments/${SHIPMENTS.neighbour}`);
  await expect(page.getByTestId("summary-photos")).toHaveText("3");
  await page.goto("/");
  await page.getByRole("region", { name: "Recently opened" }).getByRole("link", { name: SHIPMENTS.neighbour }).click();
  await expect(page).toHaveURL(`/shipments/${SHIPMENTS.neighbour}`);
});
