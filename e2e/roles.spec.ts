import type { Browser } from "@playwright/test";
import { attemptSignIn } from "../scripts/sign-in.mjs";
import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { type OwnApp, startOwnApp } from "./support/own-app";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS } from "./support/sim";

// Roles end to end, on an app of its own (an admin signing people out must not end the sessions
// the other specs share): viewers look, reviewers decide, admins manage people.
test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: "serial" });

type User = [string, string];
const byName = (name: string) => settings.users.find((u) => u[0] === name) as unknown as User;
const [REVIEWER, VIEWER, ADMIN] = [byName("reviewer"), byName("viewer"), byName("admin")];

let app: OwnApp;
test.beforeAll(async () => {
  app = startOwnApp(3354, {});
  await app.ready();
});
test.afterAll(async () => {
  await app.stop();
});

const call = (cookie: string, path: string, init: RequestInit = {}) =>
  fetch(`${app.base}${path}`, { ...init, headers: { cookie, ...init.headers } });
const json = { "content-type": "application/json" };

async function signedIn(browser: Browser, user: User) {
  const cookie = await app.signIn(user);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: app.base }]);
  return { cookie, context, page: await context.newPage() };
}

/** An entity of the main shipment with its current version (the page's search indexes it). */
async function anEntity(cookie: string) {
  const photos = await (await call(cookie, `/api/shipments/${SHIPMENTS.main}/photos`)).json();
  const entityId = photos.files.find((f: { key: unknown }) => f.key).entity_id as string;
  const decisions = await (await call(cookie, `/api/shipments/${SHIPMENTS.main}/decisions`)).json();
  const version = decisions.decisions.find((d: { entity_id: string }) => d.entity_id === entityId)?.version ?? 0;
  return { entityId, version: version as number };
}

test("a viewer gets 403 on every write, nothing is written, and sees no write controls", async ({ browser }) => {
  const { cookie, context, page } = await signedIn(browser, VIEWER);
  const me = await (await call(cookie, "/api/me")).json();
  expect(me).toEqual({ name: "viewer", display_name: "viewer", role: "viewer", provider: "password" });
  const { entityId, version } = await anEntity(cookie);
  const writes: [string, RequestInit][] = [
    [
      `/api/shipments/${SHIPMENTS.main}/decisions`,
      { method: "PATCH", headers: json, body: JSON.stringify({ entity_id: entityId, version, status: "claimed" }) },
    ],
    ["/api/sync", { method: "POST" }],
    ["/api/users/reviewer", { method: "PATCH", headers: json, body: JSON.stringify({ blocked: true }) }],
    ["/api/users/reviewer/sign-out", { method: "POST" }],
    [
      `/api/shipments/${SHIPMENTS.main}/links`,
      { method: "POST", headers: json, body: JSON.stringify({ party: "supplier", recipient: "x@example.com" }) },
    ],
    ["/api/links/00000000-0000-4000-8000-000000000000", { method: "DELETE" }],
  ];
  for (const [path, init] of writes) {
    const res = await call(cookie, path, init);
    expect(res.status, path).toBe(403);
    expect((await res.json()).error_code).toBe("FORBIDDEN");
  }
  // Nothing was written: the decision is where it was, and the reviewer is still signed in.
  const after = await (await call(cookie, `/api/shipments/${SHIPMENTS.main}/decisions`)).json();
  expect(after.decisions.find((d: { entity_id: string }) => d.entity_id === entityId)?.version ?? 0).toBe(version);
  // Reading, and downloading, stay allowed; no evidence link was made.
  expect((await call(cookie, `/api/shipments/${SHIPMENTS.main}/report.pdf`)).status).toBe(200);
  expect((await (await call(cookie, `/api/shipments/${SHIPMENTS.main}/links`)).json()).links).toEqual([]);

  await page.goto(`${app.base}/shipments/${SHIPMENTS.main}`);
  await expect(page.getByTestId("signed-in-role")).toHaveText("Viewer");
  await expect(page.getByRole("button", { name: /^Details/ }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Decide/ })).toHaveCount(0);
  await expect(page.getByTestId("share-open")).toHaveCount(0);
  await page
    .getByRole("button", { name: /^Details/ })
    .first()
    .click();
  // The panel has the history to read and nothing to change.
  const panel = page
    .getByTestId("decision-card")
    .first()
    .getByRole("region", { name: /^Decision for/ });
  await expect(panel.getByRole("region", { name: "History" })).toBeVisible();
  await expect(panel.getByRole("combobox")).toHaveCount(0);
  await expect(panel.getByRole("textbox")).toHaveCount(0);
  await page.goto(`${app.base}/`);
  await expect(page.getByTestId("worklist-row").first().or(page.getByTestId("worklist-empty"))).toBeVisible();
  await expect(page.getByRole("button", { name: "Check Sitoo now" })).toHaveCount(0);
  await expect(page.getByTestId("people-link")).toHaveCount(0);
  const refused = await page.goto(`${app.base}/users`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not for your role" })).toBeVisible();
  await context.close();
});

test("a reviewer decides, and is refused the people routes", async () => {
  const cookie = await app.signIn(REVIEWER);
  const { entityId, version } = await anEntity(cookie);
  const decided = await call(cookie, `/api/shipments/${SHIPMENTS.main}/decisions`, {
    method: "PATCH",
    headers: json,
    body: JSON.stringify({ entity_id: entityId, version, status: "in_progress" }),
  });
  expect(decided.status).toBe(200);
  expect((await decided.json()).status).toBe("in_progress");
  expect((await call(cookie, "/api/users/viewer/sign-out", { method: "POST" })).status).toBe(403);
  // The assignee list has no admin fields for a reviewer.
  const users = await (await call(cookie, "/api/users")).json();
  expect(Object.keys(users.users[0]).sort()).toEqual(["display_name", "name"]);
});

test("an admin signs a reviewer out (their open tab goes to sign-in), blocks and unblocks a viewer", async ({
  browser,
}) => {
  const reviewer = await signedIn(browser, REVIEWER);
  await reviewer.page.goto(`${app.base}/shipments/${SHIPMENTS.main}`);
  await expect(reviewer.page.getByTestId("signed-in-user")).toHaveText("reviewer");
  const viewerCookie = await app.signIn(VIEWER);

  const admin = await signedIn(browser, ADMIN);
  await admin.page.goto(`${app.base}/`);
  await admin.page.getByTestId("people-link").click();
  await expect(admin.page.getByRole("heading", { name: "People" })).toBeVisible();
  const row = (name: string) => admin.page.locator(`[data-testid=person-row][data-name="${name}"]`);
  await expect(row("reviewer")).toContainText("Reviewer");
  await expect(row("viewer")).toContainText("Viewer");
  // An admin cannot block themselves: no such button on their own row.
  await expect(row("admin").getByRole("button", { name: /^Block/ })).toHaveCount(0);

  await row("reviewer")
    .getByRole("button", { name: /^Sign out everywhere/ })
    .click();
  await expect(admin.page.getByTestId("people-done")).toHaveText("reviewer is signed out everywhere.");
  // The reviewer's open tab: its next request is sent to sign in. The tab may get there on its own
  // first (a background fetch answered 401 sends it to sign-in), which aborts the reload: either way
  // it must end on the sign-in page.
  await reviewer.page.reload().catch(() => {});
  await expect(reviewer.page).toHaveURL(/\/login\?callbackUrl=/);
  expect((await call(reviewer.cookie, "/api/me")).status).toBe(401);

  await row("viewer")
    .getByRole("button", { name: /^Block/ })
    .click();
  await expect(row("viewer")).toContainText("Blocked");
  expect((await call(viewerCookie, "/api/me")).status).toBe(401);
  expect((await attemptSignIn(app.base, VIEWER)).session).toBeNull();
  // At the sign-in page, the right password says why (a wrong one still says only "wrong").
  const login = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const loginPage = new LoginPage(await login.newPage());
  await loginPage.page.goto(`${app.base}/login`);
  await loginPage.signIn(VIEWER[0], VIEWER[1]);
  await expect(loginPage.error()).toHaveText("This account is blocked. Ask an admin of the dashboard to unblock it.");
  await loginPage.signIn(VIEWER[0], "not-the-password");
  await expect(loginPage.error()).toHaveText("Wrong username or password.");
  await login.close();
  await row("viewer")
    .getByRole("button", { name: /^Unblock/ })
    .click();
  await expect(row("viewer")).toContainText("Active");
  const again = await app.signIn(VIEWER);
  expect((await call(again, "/api/me")).status).toBe(200);

  const history = admin.page.getByTestId("people-history");
  await expect(history).toContainText("admin unblocked viewer");
  await expect(history).toContainText("admin blocked viewer");
  await expect(history).toContainText("admin signed reviewer out everywhere");
  await reviewer.context.close();
  await admin.context.close();
});

test("people changes refuse bad input with our error body and change nothing", async () => {
  const cookie = await app.signIn(ADMIN);
  const patch = (name: string, body: unknown) =>
    call(cookie, `/api/users/${encodeURIComponent(name)}`, {
      method: "PATCH",
      headers: json,
      body: JSON.stringify(body),
    });
  for (const body of [{ blocked: "yes" }, { blocked: true, role: "admin" }, {}, [true]]) {
    const res = await patch("viewer", body);
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  }
  const unknown = await patch("nobody-here", { blocked: true });
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).error_code).toBe("NOT_FOUND");
  const self = await patch("admin", { blocked: true });
  expect(self.status).toBe(400);
  expect((await call(cookie, "/api/me")).status).toBe(200);
  const people = await (await call(cookie, "/api/users")).json();
  expect(people.users.find((p: { name: string }) => p.name === "viewer").blocked).toBe(false);
});

test("Auth.js's own sign-out revokes a saved cookie, and its session endpoint then names no one", async () => {
  const cookie = await app.signIn(REVIEWER);
  const session = await (await call(cookie, "/api/auth/session")).json();
  expect(session.user.name).toBe("reviewer");
  const csrf = await fetch(`${app.base}/api/auth/csrf`);
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = await csrf.json();
  const out = await fetch(`${app.base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: `${cookie}; ${csrfCookie}`, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login" }),
  });
  expect(out.status).toBeLessThan(400);
  // The saved copy of the cookie no longer works anywhere.
  expect((await call(cookie, "/api/me")).status).toBe(401);
  expect(await (await call(cookie, "/api/auth/session")).json()).toBeNull();

  // GET (a link to Auth.js's sign-out page) revokes too and shows our page.
  const second = await app.signIn(REVIEWER);
  const page = await call(second, "/api/auth/signout", { redirect: "manual" });
  expect(page.status).toBe(307);
  expect(page.headers.get("location")).toMatch(/\/signed-out$/);
  expect((await call(second, "/api/me")).status).toBe(401);
});
