import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import settings from "./support/settings.json" with { type: "json" };

// Signs in once; the other tests start from this session.
test("sign in as the reviewer", async ({ page }) => {
  const [username, password] = settings.users[0] as [string, string];
  await page.goto("/login");
  await new LoginPage(page).signIn(username, password);
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
  await page.context().storageState({ path: ".e2e/auth/reviewer.json" });
});
