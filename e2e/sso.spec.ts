// Single sign-on end to end: a real OpenID Connect provider (oidc-provider) on loopback, the
// production build on its own port, Chromium with JavaScript on and off.
import type { Browser } from "@playwright/test";
import { expect, test, USER } from "./fixtures";
import { ProviderPage } from "./pages/provider-page";
import { OIDC_CLIENT, startOidcProvider } from "./support/oidc-provider.mjs";
import { type OwnApp, startOwnApp } from "./support/own-app";
import { SHIPMENTS } from "./support/sim";

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

const APP_PORT = 3344;
const REFUSED_APP_PORT = 3345;
const PROVIDER_PORT = 4344;
const DEEP_LINK = `/shipments/${SHIPMENTS.main}?sku=SKU-001`;

let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let app: OwnApp;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  provider = await startOidcProvider({
    port: PROVIDER_PORT,
    appPorts: [APP_PORT, REFUSED_APP_PORT],
  });
  app = startOwnApp(APP_PORT, {
    AUTH_OIDC_ISSUER: provider.issuer,
    AUTH_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    AUTH_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  });
  await app.ready();
});

test.afterAll(async () => {
  await app?.stop();
  await provider?.stop();
});

async function contextFor(browser: Browser, javaScriptEnabled: boolean) {
  return browser.newContext({ javaScriptEnabled, storageState: { cookies: [], origins: [] } });
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`single sign-on ${mode}: back to the deep link, named as the provider names the user`, async ({ browser }) => {
    const context = await contextFor(browser, javaScriptEnabled);
    const page = await context.newPage();
    await page.goto(`${app.base}/login?callbackUrl=${encodeURIComponent(DEEP_LINK)}`);
    await page.getByRole("button", { name: "Sign in with single sign-on" }).click();
    await new ProviderPage(page, provider.issuer).signIn(javaScriptEnabled ? "astrid" : "bengt");
    await expect(page).toHaveURL(`${app.base}${DEEP_LINK}`);
    await expect(page.getByTestId("signed-in-user")).toHaveText(javaScriptEnabled ? "Astrid Åkesson" : "Bengt Åkesson");
    if (javaScriptEnabled) {
      // The user is recorded: the assignee list offers them by the provider's name.
      const users = await (await context.request.get(`${app.base}/api/users`)).json();
      // Known by issuer and subject, shown by the provider's name.
      expect(users.users).toContainEqual({ name: "oidc:astrid", display_name: "Astrid Åkesson" });
    }
    // Signing out ends the session.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`${app.base}${DEEP_LINK}`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await context.close();
  });

  test(`password sign-in ${mode} lands on the deep link`, async ({ browser }) => {
    const context = await contextFor(browser, javaScriptEnabled);
    const page = await context.newPage();
    await page.goto(`${app.base}/login?callbackUrl=${encodeURIComponent(DEEP_LINK)}`);
    await page.getByLabel("Username").fill(USER[0]);
    await page.getByLabel("Password").fill(USER[1]);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(`${app.base}${DEEP_LINK}`);
    await expect(page.getByTestId("signed-in-user")).toHaveText(USER[0]);
    await context.close();
  });
}

test("a provider that refuses the sign-in gets words a user understands, and a logged reason", async ({ page }) => {
  test.setTimeout(90_000);
  const refused = startOwnApp(REFUSED_APP_PORT, {
    AUTH_OIDC_ISSUER: provider.issuer,
    AUTH_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    AUTH_OIDC_CLIENT_SECRET: "not-the-client-secret",
  });
  try {
    await refused.ready();
    await page.goto(`${refused.base}/login`);
    await page.getByRole("button", { name: "Sign in with single sign-on" }).click();
    await new ProviderPage(page, provider.issuer).signIn("cecilia");
    await expect(page).toHaveURL(/\/login\?error=/);
    await expect(page.locator("main [role=alert]")).toHaveText(
      "The single sign-on provider refused the sign-in. Try again, or ask your administrator.",
    );
    expect(refused.output()).toMatch(/"request_id":"[0-9a-f-]{36}"[^\n]*"msg":"auth error"/);
  } finally {
    await refused.stop();
  }
});
