import { expect, test } from "./fixtures";

test("the health check answers without a session", async ({ request }) => {
  const res = await request.get("/api/health", { headers: { cookie: "" } });
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});

test("a signed-in user lands on the lookup page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
  await expect(page.getByLabel("Shipment ID")).toBeVisible();
});

test("an unknown address shows a branded not-found page with a way back", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the shipment lookup" }).click();
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
});
