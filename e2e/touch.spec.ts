// On a phone (a coarse pointer, 390 px wide): every control can be hit with a finger and nothing
// runs off the side of the page.
import { expect, test } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("the review page on a phone: controls at least 44 × 44 px, no sideways overflow, no summary label cut off", async ({
  page,
  review,
}) => {
  expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
  await review.open(SHIPMENTS.main);
  await review.waitForComplete(16);
  await expect(page.getByTestId("catalog-title").first()).toBeVisible();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("main button, main select, main summary, main a[data-touch]")]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 - 0.5 || (r.width < 44 - 0.5 && r.width > 0))
      .map(
        ({ el, r }) =>
          `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
      ),
  );
  expect(small).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const overflowing = await page
    .getByTestId("summary")
    .locator("dt")
    .evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
  expect(overflowing).toEqual([]);
});
