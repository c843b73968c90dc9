import { expect, test } from "@playwright/test";
import { LoginPage } from "./pages/login-page";
import settings from "./support/settings.json" with { type: "json" };

// Signs in once per user; the other tests start from these sessions (the reviewer's by default).
for (const [index, role] of ["reviewer", "colleague"].entries()) {
  test(`sign in as the ${role}`, async ({ page }) => {
    const [username, password] = settings.users[index] as [string, string];
    await page.goto("/login");
    await new LoginPage(page).signIn(username, password);
    await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
    await page.context().storageState({ path: `.e2e/auth/${role}.json` });
  });
}
