// Single sign-on identities and roles: a real OpenID Connect provider (oidc-provider) that puts the
// profile, e-mail and groups in its userinfo endpoint only, as the specification's default does.
import { expect, test } from "./fixtures";
import { ProviderPage } from "./pages/provider-page";
import { OIDC_CLIENT, startOidcProvider } from "./support/oidc-provider.mjs";
import { type OwnApp, startOwnApp } from "./support/own-app";
import settings from "./support/settings.json" with { type: "json" };

test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

const APP_PORT = 3355;
const PROVIDER_PORT = 4355;
// Groups come from the userinfo endpoint only, as with most providers once an access token is issued.
const PROVIDER = {
  port: PROVIDER_PORT,
  appPorts: [APP_PORT],
  claimsInIdToken: false,
  accounts: {
    greta: { groups: ["claims-leads", "staff"] },
    // Claims a user can often edit, set to a password user's name.
    mallory: { name: "Mallory", email: "reviewer", email_verified: false, preferred_username: "reviewer" },
  },
};
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let app: OwnApp;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  provider = await startOidcProvider(PROVIDER);
  app = startOwnApp(APP_PORT, {
    AUTH_OIDC_ISSUER: provider.issuer,
    AUTH_OIDC_CLIENT_ID: OIDC_CLIENT.id,
    AUTH_OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    AUTH_OIDC_ADMIN_GROUPS: "claims-leads",
    AUTH_OIDC_REVIEWER_GROUPS: "claims",
  });
  await app.ready();
});
test.afterAll(async () => {
  await app?.stop();
  await provider?.stop();
});

async function ssoSignIn(page: import("@playwright/test").Page, login: string) {
  await page.goto(`${app.base}/login`);
  await page.getByRole("button", { name: "Sign in with single sign-on" }).click();
  await new ProviderPage(page, provider.issuer).signIn(login);
  await expect(page).toHaveURL(`${app.base}/`);
}

test("groups and profile only in userinfo: an admin, named as the provider names them", async ({ page }) => {
  await ssoSignIn(page, "greta");
  await expect(page.getByTestId("signed-in-user")).toHaveText("Greta Åkesson");
  await expect(page.getByTestId("signed-in-role")).toHaveText("Admin");
  const me = await (await page.request.get(`${app.base}/api/me`)).json();
  expect(me).toEqual({ name: "oidc:greta", display_name: "Greta Åkesson", role: "admin", provider: "oidc" });
  await page.getByTestId("people-link").click();
  const row = page.locator('[data-testid=person-row][data-name="oidc:greta"]');
  await expect(row).toContainText("Greta Åkesson");
  await expect(row).toContainText("greta@example.com");
  await expect(row).toContainText("Single sign-on");
});

test("a provider account whose unverified e-mail and username are a password user's name stays another person", async ({
  page,
}) => {
  const reviewer = settings.users[0] as [string, string];
  const reviewerCookie = await app.signIn(reviewer);
  await ssoSignIn(page, "mallory");
  await expect(page.getByTestId("signed-in-user")).toHaveText("Mallory");
  // No groups: the default role.
  await expect(page.getByTestId("signed-in-role")).toHaveText("Viewer");
  const me = await (await page.request.get(`${app.base}/api/me`)).json();
  expect(me.name).toBe("oidc:mallory");
  // Their sign-out everywhere ends their sessions only.
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  const still = await fetch(`${app.base}/api/me`, { headers: { cookie: reviewerCookie } });
  expect(still.status).toBe(200);
  expect((await still.json()).name).toBe("reviewer");
  // The password user's display name was not taken over.
  const users = await (await fetch(`${app.base}/api/users`, { headers: { cookie: reviewerCookie } })).json();
  expect(users.users).toContainEqual({ name: "reviewer", display_name: "reviewer" });
  expect(users.users).toContainEqual({ name: "oidc:mallory", display_name: "Mallory" });
});
