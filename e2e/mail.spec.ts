// The claim e-mail, end to end, through the demo's mail catcher (a real SMTP server the main test
// app sends to): sent from the Share dialog and seen on the catcher's page; refused recipients and
// a mail server that is not there lose nothing; bad addresses make nothing at all.
import type { APIRequestContext } from "@playwright/test";
import { expect, NO_CATALOG_APP, test, USER } from "./fixtures";
import { startOwnApp } from "./support/own-app";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS, sim } from "./support/sim";

const CATCHER = `http://127.0.0.1:${settings.mailPagePort}`;

interface Caught {
  id: string;
  subject: string;
  to: string[];
  cc: string[];
  text: string;
  html: string;
  message_id: string;
  attachments: { filename: string; content_type: string; url: string }[];
}
const caught = async (): Promise<Caught[]> => (await (await fetch(`${CATCHER}/messages.json`)).json()).messages;

async function aShipment(request: APIRequestContext) {
  const reference = `MAIL${Date.now().toString(36).toUpperCase()}`;
  await sim.addShipments({ photos: 2, reference });
  await request.get(`/api/shipments/${reference}/photos`);
  return reference;
}

test("a reviewer sends the link from the dialog; the e-mail arrives on the mail catcher's page, in the link's language", async ({
  page,
  request,
  review,
}, testInfo) => {
  const reference = await aShipment(request);
  await review.open(reference);
  await review.waitForComplete(2);
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByLabel("Recipient (name or e-mail)").fill("Anna Berg");
  await dialog.getByLabel("Language of the link").selectOption("sv");
  await dialog.getByLabel("To", { exact: true }).fill("anna@supplier.example, claims@supplier.example");
  await dialog.getByLabel("Cc (optional)").fill("lead@retailer.example");
  await dialog.getByLabel("Message (optional)").fill("Hej Anna,\nse bilderna på de trasiga kopparna.");
  await dialog.getByRole("button", { name: "Create and send" }).click();
  await expect(dialog.getByTestId("share-mail")).toContainText(
    "E-mailed to anna@supplier.example, claims@supplier.example, lead@retailer.example",
  );
  const url = await dialog.getByTestId("share-url").inputValue();

  const mail = (await caught()).find((m) => m.text.includes(url));
  expect(mail, "the e-mail with this link reached the catcher").toBeDefined();
  expect(mail!.subject).toBe(`Reklamation för leverans ${reference} från Nordic Retail AB`);
  expect(mail!.to.join(",")).toContain("anna@supplier.example");
  expect(mail!.cc).toEqual(["lead@retailer.example"]);
  expect(mail!.text).toContain("se bilderna på de trasiga kopparna");
  expect(mail!.html).toContain(`href="${url}"`);
  expect(mail!.attachments).toEqual([expect.objectContaining({ content_type: "application/pdf" })]);
  const pdf = await fetch(`${CATCHER}${mail!.attachments[0]!.url}`);
  expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(1000);

  // The HTML part as a mail client shows it, at a desk and on a phone (test-results/, to look at).
  for (const [name, viewport] of [
    ["desktop", { width: 1440, height: 900 }],
    ["phone", { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.goto(`${CATCHER}/messages/${mail!.id}.html`);
    await expect(page.getByRole("link", { name: "Visa underlaget" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`mail-${name}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // The catcher's page shows it as a person would look at it.
  await page.goto(CATCHER);
  const shown = page.getByTestId("caught-mail").filter({ hasText: reference }).first();
  await expect(shown).toContainText("lead@retailer.example");
  await expect(shown.getByRole("link", { name: /\.pdf$/ })).toBeVisible();

  // The links page says it went, and the activity has its Message-ID.
  await page.goto(`/links?shipment=${reference}`);
  await expect(page.getByTestId("link-mail")).toContainText("E-mailed to anna@supplier.example");
  const events = (await (await request.get(`/api/shipments/${reference}/activity`)).json()).events;
  const sent = events.find((e: { kind: string }) => e.kind === "mail_sent");
  expect(sent.data.message_id).toBe(mail!.message_id);
});

test("a refused recipient gives 201 with mail.error in words, a mail_failed event, and a link that works", async ({
  request,
  playwright,
}) => {
  const reference = await aShipment(request);
  const res = await request.post(`/api/shipments/${reference}/links`, {
    data: { party: "supplier", recipient: "Nobody", send: { to: ["nobody@refused.example"] } },
  });
  expect(res.status()).toBe(201);
  const body = await res.json();
  expect(body.mail).toMatchObject({ sent_at: null, message_id: null, to: ["nobody@refused.example"] });
  expect(body.mail.error).toMatch(/refused/);
  const events = (await (await request.get(`/api/shipments/${reference}/activity`)).json()).events;
  expect(events.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(["link_created", "mail_failed"]));
  const outsider = await playwright.request.newContext();
  expect((await outsider.get(body.url)).status()).toBe(200);
  await outsider.dispose();
});

test("addresses that are not one address each, too many, or a header trick: 400, and no link is made", async ({
  request,
}) => {
  const reference = await aShipment(request);
  const base = { party: "supplier", recipient: "Anna" };
  for (const send of [
    { to: [] },
    { to: ["a@x.example, b@x.example"] },
    { to: ["a@x.example\r\nBcc: evil@x.example"] },
    { to: ["Anna <a@x.example>"] },
    { to: ["a@x.example"], cc: ["b@x.example\nSubject: hi"] },
    { to: Array.from({ length: 6 }, (_, i) => `p${i}@x.example`) },
    { to: ["a@x.example"], cc: Array.from({ length: 6 }, (_, i) => `p${i}@x.example`) },
    { to: ["a@x.example"], message: "x".repeat(4001) },
    { to: ["a@x.example"], bcc: ["evil@x.example"] },
    { to: [`${"a".repeat(250)}@x.example`] },
  ]) {
    const res = await request.post(`/api/shipments/${reference}/links`, { data: { ...base, send } });
    expect(res.status(), JSON.stringify(send)).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  }
  const res = await request.post(`/api/shipments/${reference}/links`, {
    data: { ...base, recipient: "Anna\r\nBcc: evil@x.example", send: { to: ["a@x.example"] } },
  });
  expect(res.status()).toBe(400);
  expect((await (await request.get(`/api/shipments/${reference}/links`)).json()).links).toEqual([]);
});

test("a mail server that is not listening: 201, the reason in words, and the link still works", async ({
  playwright,
}) => {
  test.setTimeout(90_000);
  const app = startOwnApp(3356, { SMTP_URL: "smtp://127.0.0.1:1?starttls=off", MAIL_FROM: "claims@retailer.example" });
  try {
    await app.ready();
    const cookie = await app.signIn();
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${app.base}${path}`, {
        ...init,
        headers: { cookie, "content-type": "application/json", ...init.headers },
      });
    await call("/api/shipments/1RT823V93/photos");
    const res = await call("/api/shipments/1RT823V93/links", {
      method: "POST",
      body: JSON.stringify({ party: "carrier", recipient: "Claims desk", send: { to: ["claims@carrier.example"] } }),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.mail.error).toBe("the mail server 127.0.0.1:1 could not be reached");
    const outsider = await playwright.request.newContext();
    expect((await outsider.get(body.url)).status()).toBe(200);
    await outsider.dispose();
  } finally {
    await app.stop();
  }
});

test("without SMTP_URL the dialog has no e-mail part and a send is 503 MAIL_NOT_CONFIGURED, nothing made", async ({
  browser,
}) => {
  // The shared app without a catalog runs without SMTP_URL too.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(`${NO_CATALOG_APP}/shipments/${SHIPMENTS.main}`);
  await page.getByLabel("Username").fill(USER[0]);
  await page.getByLabel("Password").fill(USER[1]);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("summary-photos")).toHaveText("16");
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog.getByLabel("Recipient (name or e-mail)")).toBeVisible();
  await expect(dialog.getByText("Send it by e-mail")).toHaveCount(0);
  const res = await page.request.post(`${NO_CATALOG_APP}/api/shipments/${SHIPMENTS.main}/links`, {
    data: { party: "supplier", recipient: "x", send: { to: ["a@x.example"] } },
    headers: { origin: NO_CATALOG_APP },
  });
  expect(res.status()).toBe(503);
  expect((await res.json()).error_code).toBe("MAIL_NOT_CONFIGURED");
  const links = await page.request.get(`${NO_CATALOG_APP}/api/shipments/${SHIPMENTS.main}/links`);
  expect((await links.json()).links).toEqual([]);
  await context.close();
});
