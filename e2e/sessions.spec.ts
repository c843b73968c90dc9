import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, USER } from "./fixtures";
import { startOwnApp } from "./support/own-app";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS } from "./support/sim";

test.use({ storageState: { cookies: [], origins: [] } });

const photos = `/api/shipments/${SHIPMENTS.neighbour}/photos`;

test("signing out revokes the session: a copy of the cookie saved before stops working", async ({
  page,
  login,
  browser,
  baseURL,
}) => {
  await page.goto("/login");
  await login.signIn(...USER);
  await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
  const saved = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext({ storageState: { cookies: saved, origins: [] } });
  const api = await thief.request.get(`${baseURL}${photos}`);
  expect(api.status()).toBe(401);
  const stolen = await thief.newPage();
  await stolen.goto(`${baseURL}/shipments/${SHIPMENTS.neighbour}`);
  await expect(stolen).toHaveURL(/\/login\?callbackUrl=/);
  await expect(stolen.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await thief.close();
});

test("sign out everywhere ends the user's other sessions too", async ({ browser, baseURL }) => {
  const [username, password] = settings.users[1] as [string, string];
  const sessions = [];
  for (let i = 0; i < 2; i++) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(`${baseURL}/login`);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
    sessions.push({ context, page });
  }
  const [laptop, phone] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
  expect((await phone.context.request.get(`${baseURL}${photos}`)).status()).toBe(200);
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.page).toHaveURL(/\/login/);
  expect((await phone.context.request.get(`${baseURL}${photos}`)).status()).toBe(401);
  for (const s of sessions) await s.context.close();
});

test("a user removed from AUTH_USERS is refused with an existing cookie, and sessions end after SESSION_MAX_HOURS", async () => {
  test.setTimeout(120_000);
  const secret = "e2e-session-secret-0123456789-0123456789";
  const dataDir = mkdtempSync(path.join(tmpdir(), "spr-e2e-sessions-"));
  const both = settings.users as [string, string][];
  const first = startOwnApp(3340, { AUTH_SECRET: secret, DATA_DIR: dataDir }, both);
  const colleague = await first.signIn(both[1]);
  const get = (base: string, cookie: string) => fetch(`${base}${photos}`, { headers: { cookie } });
  expect((await get(first.base, colleague)).status).toBe(200);
  await first.stop();

  const onlyReviewer = startOwnApp(3340, { AUTH_SECRET: secret, DATA_DIR: dataDir }, [both[0]!]);
  const reviewer = await onlyReviewer.signIn(both[0]);
  expect((await get(onlyReviewer.base, colleague)).status).toBe(401);
  expect((await get(onlyReviewer.base, reviewer)).status).toBe(200);
  await onlyReviewer.stop();

  // About four seconds of absolute lifetime: the session ends however often it is used.
  const short = startOwnApp(3341, { SESSION_MAX_HOURS: "0.0011" });
  const cookie = await short.signIn();
  expect((await get(short.base, cookie)).status).toBe(200);
  await expect.poll(async () => (await get(short.base, cookie)).status, { timeout: 15_000 }).toBe(401);
  await short.stop();
});
