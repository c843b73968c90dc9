import type { Page } from "@playwright/test";
import axe from "axe-core";
import { expect, test } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

// axe-core in the page itself: no violation of serious or critical impact.
async function seriousViolations(page: Page) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
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
