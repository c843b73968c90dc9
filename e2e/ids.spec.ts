// Shipment IDs as people type them: the wrong case, characters an ID cannot have, and which IDs
// are worth remembering.
import { expect, test } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

test("an ID with no photos whose upper-case form has them offers it; only IDs with photos are remembered", async ({
  page,
}) => {
  const typed = SHIPMENTS.main.toLowerCase();
  await page.goto(`/shipments/${typed}`);
  await expect(page.getByTestId("empty-state")).toContainText(`No photos for shipment ${typed}.`);
  const suggestion = page.getByTestId("did-you-mean");
  await expect(suggestion).toHaveText(`Did you mean ${SHIPMENTS.main}?`);
  await suggestion.getByRole("link", { name: SHIPMENTS.main }).click();
  await expect(page).toHaveURL(new RegExp(`/shipments/${SHIPMENTS.main}$`));
  await expect(page.getByTestId("photo-tile").first()).toBeVisible();

  // An ID nobody has photos for gets no suggestion.
  await page.goto("/shipments/NO-SUCH-SHIPMENT-42");
  await expect(page.getByTestId("empty-state")).toBeVisible();
  await expect(page.getByTestId("did-you-mean")).toHaveCount(0);

  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recently opened" });
  await expect(recent.getByRole("link", { name: SHIPMENTS.main, exact: true })).toBeVisible();
  await expect(recent.getByRole("link")).toHaveCount(1);
});

test("an address that is not a shipment ID is shown as typed, decoded and as text", async ({ page }) => {
  await page.goto("/shipments/1RT%20823%3Cb%3Ebold%3C%2Fb%3E");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading")).toHaveText("That is not a valid shipment ID");
  await expect(alert.locator("code")).toHaveText("1RT 823<b>bold</b>");
  await expect(alert.locator("b")).toHaveCount(0);
  await alert.getByRole("link", { name: "Look up another shipment" }).click();
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
});
