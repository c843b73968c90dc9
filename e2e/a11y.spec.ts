import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";
import { SHIPMENTS } from "./support/sim";

// axe-core in the page itself: no violation of serious or critical impact.
async function seriousViolations(page: Page) {
  return (await axeViolations(page)).filter((v) => / \((serious|critical)\): /.test(v));
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the sign-in page, with and without an error", async ({ page }) => {
    await page.goto("/login");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto("/login?error=invalid");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test("the lookup page, with a validation message", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Shipment ID").fill("bad|id");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the review page, its filters, catalog strips and the viewer", async ({ page, review }) => {
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  await expect(review.skuGroup("SKU-001").getByTestId("catalog-title")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await review.tiles().first().click();
  await expect(review.viewer()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the review page is usable from the keyboard", async ({ page, review }) => {
  await review.open(SHIPMENTS.neighbour);
  await review.waitForComplete(3);
  // Tab to the first photo and open it with Enter; Escape returns focus to it.
  const first = review.tiles().first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(review.viewer()).toBeVisible();
  await expect(review.viewer().getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(first).toBeFocused();
});

// Every page in light and dark, at desktop and phone size: no axe violation of any impact. The
// review page is also photographed at the three sizes in both themes (test-results/, not committed).
const SIZES = {
  desktop: { width: 1440, height: 900 },
  tablet: { width: 820, height: 1180 },
  phone: { width: 390, height: 844 },
};

for (const scheme of ["light", "dark"] as const) {
  test(`every page in ${scheme}, at desktop and phone size, has no axe violation of any impact`, async ({
    page,
    review,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await review.open(SHIPMENTS.main);
      await review.waitForComplete(16);
      await expect(review.skuGroup("SKU-001").getByTestId("catalog-title")).toBeVisible();
      await review.expectAllThumbnailsLoaded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: testInfo.outputPath(`review-${size}-${scheme}.png`) });
      if (size === "tablet") continue;
      expect(await axeViolations(page), `review, ${size}`).toEqual([]);
      await review.tiles().first().click();
      await expect(review.viewer()).toBeVisible();
      expect(await axeViolations(page), `viewer, ${size}`).toEqual([]);
      await page.keyboard.press("Escape");

      await review.open("BIG5000");
      await expect(review.tiles().first()).toBeVisible();
      await review.waitForWindowed();
      expect(await axeViolations(page), `virtualized review, ${size}`).toEqual([]);
      await page.goto("/");
      await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
      expect(await axeViolations(page), `worklist, ${size}`).toEqual([]);
      await page.goto("/no/such/page");
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      expect(await axeViolations(page), `404, ${size}`).toEqual([]);

      const signedOut = await browser.newContext({
        storageState: { cookies: [], origins: [] },
        viewport,
        colorScheme: scheme,
      });
      const login = await signedOut.newPage();
      await login.goto("/login?error=invalid");
      expect(await axeViolations(login), `sign-in, ${size}`).toEqual([]);
      await signedOut.close();
    }
  });
}
