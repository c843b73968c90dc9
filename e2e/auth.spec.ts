import { expect, test, USER } from "./fixtures";
import { SHIPMENTS } from "./support/sim";

test.use({ storageState: { cookies: [], origins: [] } });

test("signing in lands on the lookup page, signing out returns to sign-in", async ({ page, login }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2F$/);
  await login.signIn(...USER);
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
  await expect(page.getByText(USER[0], { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password is refused with a clear message, keeping the username and the cursor in the password", async ({
  page,
  login,
}) => {
  await page.goto("/login");
  await expect(login.username()).toBeFocused();
  await login.signIn(USER[0], "not-the-password");
  await expect(login.error()).toHaveText("Wrong username or password.");
  await expect(page).toHaveURL(/\/login/);
  // Only the password is typed again.
  await expect(login.username()).toHaveValue(USER[0]);
  await expect(login.password()).toHaveValue("");
  await expect(login.password()).toBeFocused();
  // The demo account is never offered outside demo mode.
  await expect(page.getByText("Demo mode")).toHaveCount(0);

  await page.keyboard.type(USER[1]);
  await page.keyboard.press("Enter");
  // Signed in, the lookup field is ready for an ID.
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
  await expect(page.getByLabel("Shipment ID")).toBeFocused();
});

test("a shared link opens the exact view after sign-in: filters and open photo", async ({ page, login, request }) => {
  // Pick a real photo of SKU-001 to share.
  const photos = await (await request.get(`/api/shipments/${SHIPMENTS.main}/photos`)).json();
  expect(photos.error_code).toBe("UNAUTHORIZED");
  await page.goto("/");
  await login.signIn(...USER);
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
  const api = await page.request.get(`/api/shipments/${SHIPMENTS.main}/photos`);
  const target = (await api.json()).files.find(
    (f: { key: { sku: string; reason_code: string } | null }) =>
      f.key?.sku === "SKU-001" && f.key.reason_code === "DAMAGED",
  );
  const link = `/shipments/${SHIPMENTS.main}?sku=SKU-001&reason=DAMAGED&photo=${target.file_id}`;
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  await page.goto(link);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await login.signIn(...USER);
  await expect(page).toHaveURL(link);
  await expect(page.getByTestId("viewer")).toBeVisible();
  await page.getByTestId("technical-details").getByText("Technical details").click();
  await expect(page.getByTestId("technical-details")).toContainText(target.file_id);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("viewer")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "SKU" })).toHaveValue("SKU-001");
  await expect(page.getByRole("combobox", { name: "Reason" })).toHaveValue("DAMAGED");
  await expect(page.getByTestId("photo-tile")).toHaveCount(4);
});

test("anonymous API calls get 401 JSON in our error shape", async ({ request }) => {
  for (const path of [`/api/shipments/${SHIPMENTS.main}/photos`, "/api/photos/00000000-0000-4000-8000-000000000000"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(401);
    const body = await res.json();
    expect(body).toMatchObject({ error_code: "UNAUTHORIZED", error_data: { message: expect.any(String) } });
    expect(body.request_id).toMatch(/^[0-9a-f-]{36}$/);
  }
});
