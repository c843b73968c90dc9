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
