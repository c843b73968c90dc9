// Moving through a shipment quickly: the SKU index, folding SKUs away, and the keys.
import { expect, test } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

test("the SKU index jumps to a SKU and says its photos and decisions; SKUs fold away one by one or all", async ({
  page,
  review,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  const index = page.getByRole("navigation", { name: "SKUs in this shipment" });
  const sku1 = index.getByRole("link", { name: /^SKU-001/ });
  await expect(sku1).toContainText("5 photos");
  await expect(sku1).toContainText(/\d\/3 decided/);
  await index.getByRole("link", { name: /^SKU-404/ }).click();
  await expect(review.skuGroup("SKU-404").getByRole("heading", { level: 2 })).toBeInViewport();
  // The index stays on screen while the page scrolls.
  await expect(index).toBeInViewport();

  const fold = review.skuGroup("SKU-001").getByRole("button", { name: "Collapse SKU-001" });
  await fold.click();
  await expect(review.skuGroup("SKU-001").getByTestId("photo-tile")).toHaveCount(0);
  await expect(review.skuGroup("SKU-002").getByTestId("photo-tile")).not.toHaveCount(0);
  await expect(review.skuGroup("SKU-001").getByRole("button", { name: "Expand SKU-001" })).toHaveAttribute(
    "aria-expanded",
    "false",
  );
  await index.getByRole("button", { name: "Collapse all" }).click();
  await expect(page.getByTestId("sku-group").getByTestId("photo-tile")).toHaveCount(0);
  await index.getByRole("button", { name: "Expand all" }).click();
  await expect(review.tiles()).toHaveCount(16);
});

test("j and k move between discrepancies, o opens one, ? lists the keys; typing in a field is left alone", async ({
  page,
  review,
}) => {
  await review.open(SHIPMENTS.main);
  // Also waits for React to take over the server HTML: a key pressed before then goes to a page
  // that does not listen yet (seen in CI).
  await review.waitForComplete(16);
  const groups = page.getByTestId("discrepancy-group");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await expect(groups.nth(0)).toHaveAttribute("data-current", "true");
  await expect(groups.nth(0).getByTestId("photo-tile").first()).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(groups.nth(2)).toHaveAttribute("data-current", "true");
  await expect(groups.nth(2)).toBeInViewport();
  await page.keyboard.press("k");
  await expect(groups.nth(1)).toHaveAttribute("data-current", "true");
  const heading = await groups.nth(1).getByRole("heading", { level: 3 }).getAttribute("aria-label");
  const shortId = heading?.match(/discrepancy\s*(\S+)$/)?.[1];
  expect(shortId).toBeTruthy();
  await page.keyboard.press("o");
  await expect(review.viewer()).toBeVisible();
  await expect(review.viewer()).toHaveAttribute("aria-label", new RegExp(`discrepancy ${shortId}`));
  await page.keyboard.press("Escape");
  await expect(review.viewer()).toHaveCount(0);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Next discrepancy");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // In a field, j is a letter.
  const search = page.getByRole("combobox").first();
  await search.focus();
  await page.keyboard.press("j");
  await expect(groups.nth(1)).toHaveAttribute("data-current", "true");
});

test("a thumbnail is a link to the page with its photo open: it works before the page's script has run", async ({
  browser,
  baseURL,
  page,
}) => {
  // The page's scripts never arrive, as for a click that lands before hydration on a slow machine
  // (the server's own inline scripts still run and put the streamed photos in place).
  const context = await browser.newContext({ storageState: ".e2e/auth/reviewer.json" });
  await context.route(/\/_next\/static\/.*\.js(\?|$)/, (route) => route.abort());
  let href: string | null;
  try {
    const bare = await context.newPage();
    await bare.goto(`${baseURL}/shipments/${SHIPMENTS.main}?sku=SKU-001`);
    const tile = bare.getByTestId("photo-tile").first();
    href = await tile.getAttribute("href");
    expect(href).toMatch(new RegExp(`^/shipments/${SHIPMENTS.main}\\?sku=SKU-001&photo=.+`));
    await tile.click();
    await expect(bare).toHaveURL(`${baseURL}${href}`);
  } finally {
    await context.close();
  }
  // The same address with JavaScript opens the viewer on that photo.
  await page.goto(`${baseURL}${href}`);
  await expect(page.getByTestId("viewer")).toBeVisible();
  await expect(page.getByTestId("viewer").getByText("Photo 1 of 5")).toBeVisible();
});
