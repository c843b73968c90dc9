import { expect, NO_CATALOG_APP, test, USER } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

test("each SKU shows its catalog title, images and files; a SKU without a product says so", async ({
  page,
  review,
  sim,
}) => {
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  const sku1 = review.skuGroup("SKU-001").getByTestId("catalog-strip");
  await expect(sku1.getByTestId("catalog-title")).toHaveText("Ceramic mug, 350 ml");
  const images = sku1.getByRole("img");
  await expect(images).toHaveCount(2);
  for (const img of await images.all()) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  }
  const pdf = sku1.getByRole("link", { name: /Spec sheet – SKU-001\.pdf \(application\/pdf/ });
  await expect(pdf).toHaveAttribute("target", "_blank");
  expect((await page.request.get((await pdf.getAttribute("href"))!)).headers()["content-type"]).toBe("application/pdf");
  await expect(review.skuGroup("SKU-003").getByRole("img", { name: "Catalog: napkins #1 100%.jpg" })).toBeVisible();
  await expect(review.skuGroup("SKU-404").getByTestId("catalog-strip")).toHaveText(
    "Catalog: SKU-404 is not in the catalog.",
  );

  // The whole shipment's products were looked up in one call, not one per SKU.
  const lookups = (await sim.requests()).filter((r) => r.path.endsWith("/products.json"));
  expect(lookups).toHaveLength(1);
  expect(lookups[0]!.query.sku!.split(",").sort()).toEqual(["SKU-001", "SKU-002", "SKU-003", "SKU-404"]);
});

test("on a phone, the catalog's arrival moves the cards below by its second line at most", async ({
  page,
  review,
  sim,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await sim.fault({ service: "rest", kind: "latency", latency_ms: 1_500 });
  await review.open(SHIPMENTS.main);
  const group = review.skuGroup("SKU-001");
  const card = group.getByTestId("discrepancy-group").first();
  const top = () => card.evaluate((el) => el.getBoundingClientRect().top);
  await expect(group.getByTestId("catalog-strip")).toHaveText("Loading catalog…");
  const before = await top();
  await expect(group.getByTestId("catalog-title")).toBeVisible({ timeout: 10_000 });
  // The product's name and images take the line the loading text held; only its file link may need
  // a line more (16 px and the 4 px gap). Until 2026-11-25 the cards moved 84 px: the Collapse
  // button, beside the loading text, was pushed onto a line of its own too.
  expect((await top()) - before).toBeLessThanOrEqual(20);
});

test("the viewer's Compare shows the received photo and the catalog image side by side", async ({ page, review }) => {
  await review.open(SHIPMENTS.main, "?sku=SKU-001&reason=WRONG_ITEM");
  await review.waitForComplete(16);
  await review.tiles().first().click();
  const viewer = review.viewer();
  await viewer.getByRole("button", { name: "Compare" }).click();
  await expect(viewer.getByRole("button", { name: "Compare" })).toHaveAttribute("aria-pressed", "true");
  const catalogImage = viewer.getByTestId("compare-panel").getByRole("img");
  const photo = viewer.getByTestId("viewer-image-area").getByRole("img");
  for (const img of [catalogImage, photo]) {
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  }
  const [a, b] = [await photo.boundingBox(), await catalogImage.boundingBox()];
  expect(a && b && a.x + a.width <= b.x + 1).toBe(true);
  await viewer.getByRole("button", { name: /Next catalog image/ }).click();
  await expect(catalogImage).toHaveAttribute("alt", "Catalog: SKU-001 side (2).jpg");
  await page.keyboard.press("Escape");
});

test("a REST API failure degrades only the catalog; the photos stay usable", async ({ page, review, sim }) => {
  await sim.fault({ service: "rest", kind: "status", status: 500 });
  await review.open(SHIPMENTS.mixed);
  await review.waitForComplete(5);
  const notice = page.getByTestId("catalog-notice");
  await expect(notice).toContainText("Catalog unavailable: Sitoo REST API answered with an error (HTTP 500).", {
    timeout: 20_000,
  });
  await expect(notice).toContainText(/request ID [0-9a-f-]{36}/);
  expect(await review.expectAllThumbnailsLoaded()).toBe(5);
  await expect(page.locator("main [role=alert]")).toHaveCount(0);
  await sim.clearFaults();
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(review.skuGroup("SKU-010").getByTestId("catalog-title")).toHaveText("Cotton tea towel");
});

test("without the catalog variables there is no catalog strip and nothing is wrong", async ({ page }) => {
  await page.goto(`${NO_CATALOG_APP}/shipments/${SHIPMENTS.main}`);
  await page.getByLabel("Username").fill(USER[0]);
  await page.getByLabel("Password").fill(USER[1]);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("summary-photos")).toHaveText("16");
  await expect(page.getByTestId("photo-tile")).toHaveCount(16);
  await expect(page.getByTestId("catalog-strip")).toHaveCount(0);
  const answer = await page.request.get(`${NO_CATALOG_APP}/api/shipments/${SHIPMENTS.main}/products`);
  expect(await answer.json()).toEqual({ enabled: false });
});
