// The photo viewer as a tool for inspecting damage: zoom at the pointer, pan, rotate, swipe, a
// focus trap, details a reviewer reads first, and honest words for photos without an image.
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import type { ReviewPage } from "./pages/review-page";
import type { ViewerPage } from "./pages/viewer-page";
import { SHIPMENTS } from "./support/sim";

async function openFirst(review: ReviewPage, viewer: ViewerPage) {
  await review.open(SHIPMENTS.main, "?sku=SKU-001");
  await review.waitForComplete(16);
  await review.tiles().first().click();
  await viewer.waitForImage();
  return { viewer, area: viewer.area, image: viewer.image };
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not on screen");
  return b;
}

test("the wheel zooms at the pointer: the point under it stays under it; a drag pans; a double-click fits again", async ({
  page,
  review,
  viewer,
}) => {
  const { area, image } = await openFirst(review, viewer);
  const a = await box(area);
  const at = { x: a.x + a.width * 0.3, y: a.y + a.height * 0.4 };
  const before = await box(image);
  const under = (b: { x: number; y: number; width: number; height: number }) => ({
    u: (at.x - b.x) / b.width,
    v: (at.y - b.y) / b.height,
  });

  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -400);
  await expect(viewer.zoomLevel).not.toHaveText("100%");
  const zoomed = await box(image);
  expect(zoomed.width).toBeGreaterThan(before.width * 1.5);
  expect(under(zoomed).u).toBeCloseTo(under(before).u, 2);
  expect(under(zoomed).v).toBeCloseTo(under(before).v, 2);

  // Drag to pan: the photo follows the pointer.
  await page.mouse.down();
  await page.mouse.move(at.x - 120, at.y - 80, { steps: 6 });
  await page.mouse.up();
  const panned = await box(image);
  expect(panned.x).toBeCloseTo(zoomed.x - 120, 0);
  expect(panned.y).toBeCloseTo(zoomed.y - 80, 0);

  await area.dblclick({ position: { x: 10, y: 10 } });
  await expect(viewer.zoomLevel).toHaveText("100%");
  // The keyboard and the buttons step through fixed levels.
  await page.keyboard.press("+");
  await expect(viewer.zoomLevel).toHaveText("150%");
  await viewer.button("Zoom out").click();
  await expect(viewer.zoomLevel).toHaveText("100%");
});

test("rotate turns the photo a quarter at a time; a swipe moves to the next and previous photo", async ({
  review,
  viewer,
}) => {
  const { area, image } = await openFirst(review, viewer);
  await viewer.button("Rotate").click();
  await expect(image).toHaveAttribute("style", /rotate\(90deg\)/);
  // Turned sideways, it still fits: its width is the area's height.
  const height = await area.evaluate((el) => el.clientHeight);
  expect(await image.evaluate((el) => (el as HTMLElement).offsetWidth)).toBe(height);
  await viewer.button("Rotate").click();
  await expect(image).toHaveAttribute("style", /rotate\(180deg\)/);

  const a = await box(area);
  const swipe = async (dx: number) => {
    const y = a.y + a.height / 2;
    const x = a.x + a.width / 2;
    const common = { pointerId: 11, pointerType: "touch", isPrimary: true, button: 0 };
    await area.dispatchEvent("pointerdown", { ...common, clientX: x, clientY: y });
    await area.dispatchEvent("pointermove", { ...common, clientX: x + dx / 2, clientY: y + 4 });
    await area.dispatchEvent("pointerup", { ...common, clientX: x + dx, clientY: y + 6 });
  };
  await expect(viewer.position(1, 5)).toBeVisible();
  await swipe(-160);
  await expect(viewer.position(2, 5)).toBeVisible();
  // A new photo starts upright and at fit size.
  await expect(viewer.image).toHaveAttribute("style", /rotate\(0deg\)/);
  await swipe(160);
  await expect(viewer.position(1, 5)).toBeVisible();
  // A short or vertical drag is not a swipe.
  await swipe(-30);
  await expect(viewer.position(1, 5)).toBeVisible();
});

test("focus stays in the viewer: Tab and Shift+Tab cycle inside, Escape closes and returns to the tile", async ({
  page,
  review,
  viewer,
}) => {
  await openFirst(review, viewer);
  await expect(viewer.button("Close")).toBeFocused();
  // The disclosure open too, so the last control is inside the details panel.
  await viewer.root.getByText("Technical details").click();
  await viewer.button("Close").focus();
  const inside = () => viewer.root.evaluate((el) => el.contains(document.activeElement));
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    expect(await inside(), `after ${i + 1} Tab presses`).toBe(true);
  }
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Shift+Tab");
    expect(await inside(), `after ${i + 1} Shift+Tab presses`).toBe(true);
  }
  // The backdrop hides the page completely: a colour with no transparency.
  const backdrop = await viewer.root.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(backdrop).not.toMatch(/\/|rgba|transparent/);
  await page.keyboard.press("Escape");
  await expect(viewer.root).toHaveCount(0);
  await expect(review.tiles().first()).toBeFocused();
});

test("details: SKU with its product, reason, discrepancy, taken, size first; raw identifiers behind a disclosure", async ({
  review,
  viewer,
}) => {
  await openFirst(review, viewer);
  const details = viewer.details;
  await expect(details).toContainText("SKU-001");
  await expect(details).toContainText("Ceramic mug, 350 ml");
  await expect(details).toContainText("Damaged");
  await expect(details).toContainText("Discrepancy");
  await expect(details).toContainText("Taken");
  await expect(details).toContainText(/KB/);
  await expect(viewer.root.getByText("File ID")).toBeHidden();
  await viewer.root.getByText("Technical details").click();
  await expect(viewer.root.getByText("File ID")).toBeVisible();
});

test("a failed or unready photo says what happened and offers no Compare, Rotate or Download", async ({
  page,
  request,
  viewer,
}) => {
  const { files } = await (await request.get(`/api/shipments/${SHIPMENTS.main}/photos`)).json();
  const failed = files.find((f: { status: string }) => f.status === "failed");
  const uploading = files.find((f: { status: string }) => f.status === "uploading");
  await page.goto(`/shipments/${SHIPMENTS.main}?photo=${failed.file_id}`);
  await expect(viewer.noImage).toHaveText(/Sitoo could not process this photo/);
  for (const name of ["Compare", "Rotate", "Download"]) await expect(viewer.button(name)).toHaveCount(0);
  await expect(viewer.root.getByRole("link", { name: "Download" })).toHaveCount(0);
  await expect(viewer.details).toContainText(/Size\s*—/);
  await expect(viewer.details).not.toContainText("0 B");

  await page.goto(`/shipments/${SHIPMENTS.main}?photo=${uploading.file_id}`);
  await expect(viewer.noImage).toHaveText(/still being uploaded/);
});

test("on a phone the toolbar is one row of controls at least 44 px, and the photo gets most of the screen", async ({
  page,
  review,
  viewer,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { area } = await openFirst(review, viewer);
  const bar = viewer.button("Close").locator("xpath=..");
  expect((await box(bar)).height).toBeLessThanOrEqual(60);
  for (const name of ["Previous photo", "Next photo", "Rotate", "Close"]) {
    const b = await box(viewer.button(name));
    expect(b.width, name).toBeGreaterThanOrEqual(44);
    expect(b.height, name).toBeGreaterThanOrEqual(44);
  }
  expect((await box(area)).height).toBeGreaterThan(844 * 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
