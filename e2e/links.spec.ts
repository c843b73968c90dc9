// Evidence links, end to end: a reviewer makes one; a supplier opens it in a browser with no
// account; everything it shows comes from our origin and from inside its scope; nothing internal
// leaves; every open is listed; a revoked link stops at once.

import { readFileSync } from "node:fs";
import type { APIRequestContext, Browser } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { axeViolations } from "./support/axe";
import settings from "./support/settings.json" with { type: "json" };
import { sim } from "./support/sim";

interface Made {
  link: { id: string; status: string; scope: Record<string, string> };
  url: string;
}

/** A fresh shipment with ready photos on SKU-001 and SKU-002, indexed, with decisions on two discrepancies. */
async function shipmentWithClaims(request: APIRequestContext) {
  const reference = `LNK${Date.now().toString(36).toUpperCase()}`;
  const [added] = await sim.addShipments({ photos: 4, reference });
  const photos = await (await request.get(`/api/shipments/${reference}/photos`)).json();
  const bySku = (sku: string) => photos.files.filter((f: { key: { sku: string } }) => f.key.sku === sku);
  const [carrierClaimed, supplierClaimed] = added!.entity_ids as string[];
  const patch = (data: object) => request.patch(`/api/shipments/${reference}/decisions`, { data });
  expect(
    (
      await patch({
        entity_id: carrierClaimed,
        version: 0,
        status: "claimed",
        claim: { party: "carrier", reference: "CARRIER-REF-77", amount: 50000, currency: "SEK" },
        note: "Internal: the driver admitted dropping it",
      })
    ).status(),
  ).toBe(200);
  expect(
    (
      await patch({
        entity_id: supplierClaimed,
        version: 0,
        status: "claimed",
        claim: { party: "supplier", reference: "SUP-REF-12", amount: 12950, currency: "SEK" },
        assignee: "reviewer",
        note: "Internal: supplier has sent wrong items twice",
      })
    ).status(),
  ).toBe(200);
  return { reference, sku1: bySku("SKU-001"), sku2: bySku("SKU-002") };
}

async function makeLink(request: APIRequestContext, reference: string, data: object): Promise<Made> {
  const res = await request.post(`/api/shipments/${reference}/links`, { data });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}

/** A browser with no cookies at all, as the supplier's. */
async function outsider(browser: Browser) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return { context, page: await context.newPage() };
}

test("a supplier opens its link without an account: its photos from our origin only, its claim, no note or other claim", async ({
  browser,
  request,
  baseURL,
}) => {
  const { reference, sku2 } = await shipmentWithClaims(request);
  const { link, url } = await makeLink(request, reference, { party: "supplier", recipient: "claims@supplier.example" });
  expect(url).toMatch(new RegExp(`^${baseURL}/s/[A-Za-z0-9_-]{32}$`));
  expect(link).toMatchObject({ status: "active", scope: {} });

  const { context, page } = await outsider(browser);
  const images: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "image") images.push(r.url());
  });
  const response = await page.goto(url);
  expect(response!.status()).toBe(200);
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response!.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { name: `Evidence for shipment ${reference}` })).toBeVisible();
  // The shared test app runs no Shipments sync: the record holds what is known, the shipment ID.
  await expect(page.getByTestId("link-record")).toContainText(reference);
  await expect(page.getByTestId("photo-tile")).toHaveCount(4);
  const thumbnails = page.locator("[data-testid=photo-tile] img");
  await expect
    .poll(() => thumbnails.evaluateAll((els) => els.every((el) => (el as HTMLImageElement).naturalWidth > 0)))
    .toBe(true);
  // Its own claim, nothing of the carrier's or of the team's notes and assignments.
  const body = page.locator("body");
  await expect(body).toContainText("SUP-REF-12");
  await expect(body).not.toContainText("CARRIER-REF-77");
  await expect(body).not.toContainText("Internal:");
  await expect(body).not.toContainText("reviewer");
  const html = await page.content();
  expect(html).not.toContain("CARRIER-REF-77");
  expect(html).not.toContain("Internal:");
  expect(html).not.toContain("127.0.0.1:" + new URL(sim.origin).port);

  // The viewer, zoomed by its own controls, its full-size image from our origin.
  await page.getByTestId("photo-tile").first().click();
  await expect(page.getByTestId("viewer")).toBeVisible();
  await expect
    .poll(() =>
      page
        .getByTestId("viewer-image-area")
        .getByRole("img")
        .evaluate((el: HTMLImageElement) => el.naturalWidth),
    )
    .toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  for (const src of images) expect(new URL(src).origin, src).toBe(baseURL);

  // The pack and the report of the scope, for this party.
  const pack = await page.request.get(`${url}/evidence.zip`);
  expect(pack.status()).toBe(200);
  expect(pack.headers()["content-type"]).toBe("application/zip");
  const report = await page.request.get(`${url}/report.pdf`);
  expect(report.status()).toBe(200);
  const text = (await new PDFParse({ data: new Uint8Array(await report.body()) }).getText()).text;
  expect(text).toContain("SUP-REF-12");
  expect(text).not.toContain("CARRIER-REF-77");
  expect(text).not.toContain("Internal:");

  // A photo of the shipment is there; one of another shipment answers as if it did not exist.
  expect((await page.request.get(`${url}/thumbnails/${sku2[0].file_id}`)).status()).toBe(200);
  const other = await (await request.get("/api/shipments/1RT823V93/photos")).json();
  const foreign = await page.request.get(`${url}/thumbnails/${other.files[0].file_id}`);
  expect(foreign.status()).toBe(404);
  expect((await foreign.json()).error_code).toBe("FILE_NOT_FOUND");

  // Every open is listed for the team: the page, the photo, the pack, the report.
  await expect
    .poll(async () =>
      ((await (await request.get(`/api/links/${link.id}/views`)).json()).views as { what: string }[])
        .map((v) => v.what)
        .sort(),
    )
    .toEqual(["pack", "page", "photo", "report"]);
  // The request log names the link by the token's first six characters only.
  const token = new URL(url).pathname.slice(3);
  const log = readFileSync(`.e2e/app-${settings.appPort}.log`, "utf8");
  expect(log).toContain(`/s/${token.slice(0, 6)}…`);
  expect(log).not.toContain(token);
  await context.close();
});

test("a link scoped to a SKU shows only it; revoked, every next request is 410 and the page says whom to ask", async ({
  browser,
  request,
}) => {
  const { reference, sku1, sku2 } = await shipmentWithClaims(request);
  const { link, url } = await makeLink(request, reference, {
    party: "carrier",
    recipient: "Claims desk",
    scope: { sku: "SKU-001" },
    language: "sv",
  });
  const { context, page } = await outsider(browser);
  await page.goto(url);
  await expect(page.getByRole("heading", { name: `Underlag för leverans ${reference}` })).toBeVisible();
  await expect(page.getByTestId("photo-tile")).toHaveCount(sku1.length);
  await expect(page.locator("[data-sku=SKU-002]")).toHaveCount(0);
  expect((await page.request.get(`${url}/thumbnails/${sku2[0].file_id}`)).status()).toBe(404);
  expect((await page.request.get(`${url}/photos/${sku2[0].file_id}`)).status()).toBe(404);
  expect((await page.request.get(`${url}/thumbnails/${sku1[0].file_id}`)).status()).toBe(200);

  const revoked = await request.delete(`/api/links/${link.id}`);
  expect(revoked.status()).toBe(200);
  expect((await revoked.json()).status).toBe("revoked");
  const gone = await page.request.get(`${url}/thumbnails/${sku1[0].file_id}`);
  expect(gone.status()).toBe(410);
  expect((await gone.json()).error_code).toBe("LINK_GONE");
  const reload = await page.reload();
  expect(reload!.status()).toBe(410);
  await expect(page.getByTestId("link-gone")).toContainText("Länken fungerar inte längre");
  await expect(page.locator("body")).not.toContainText(reference);
  // Idempotent: a second revoke answers the same link.
  expect((await (await request.delete(`/api/links/${link.id}`)).json()).revoked_at).toBe(
    (await revoked.json()).revoked_at,
  );
  await context.close();
});

test("with Sitoo not answering, the public page says so in the link's language, and nothing else leaks", async ({
  browser,
  request,
  sim,
}, testInfo) => {
  const { reference } = await shipmentWithClaims(request);
  const { url } = await makeLink(request, reference, { party: "supplier", recipient: "Anna", language: "sv" });
  await sim.fault({ service: "media", kind: "status", status: 503 });
  const { context, page } = await outsider(browser);
  const res = await page.goto(url);
  expect(res!.status()).toBe(200);
  await expect(page.getByTestId("link-unavailable")).toContainText("Bilderna kan inte visas just nu");
  await expect(page.getByRole("heading", { name: `Underlag för leverans ${reference}` })).toBeVisible();
  await expect(page.locator("body")).not.toContainText("503");
  await page.screenshot({ path: testInfo.outputPath("link-unavailable.png"), fullPage: true });
  await context.close();
});

test("bad links are refused: wrong fields, a scope the shipment lacks, a token of the wrong shape", async ({
  request,
  browser,
}) => {
  const { reference } = await shipmentWithClaims(request);
  const bad = [
    {},
    { party: "customs", recipient: "x" },
    { party: "supplier", recipient: "" },
    { party: "supplier", recipient: "a\nBcc: evil@example.com" },
    { party: "supplier", recipient: "x", expires_in_days: 91 },
    { party: "supplier", recipient: "x", expires_in_days: 0 },
    { party: "supplier", recipient: "x", language: "de" },
    { party: "supplier", recipient: "x", scope: { sku: "NO-SUCH-SKU" } },
    { party: "supplier", recipient: "x", scope: { colour: "red" } },
    { party: "supplier", recipient: "x", extra: true },
  ];
  for (const data of bad) {
    const res = await request.post(`/api/shipments/${reference}/links`, { data });
    expect(res.status(), JSON.stringify(data)).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  }
  const listed = await (await request.get(`/api/shipments/${reference}/links`)).json();
  expect(listed.links).toEqual([]);
  const { context, page } = await outsider(browser);
  for (const token of ["short", "a".repeat(33), "A".repeat(32)]) {
    const res = await page.goto(`/s/${token}`);
    expect(res!.status(), token).toBe(404);
  }
  await context.close();
});

test("a reviewer shares a view from the review page, sees the opens on the links page, and revokes it there", async ({
  page,
  browser,
  request,
  review,
}) => {
  const { reference } = await shipmentWithClaims(request);
  await review.open(reference, "?sku=SKU-002");
  await review.waitForComplete(4);
  await page.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog).toContainText("this view (SKU-002)");
  await dialog.getByLabel("Recipient (name or e-mail)").fill("claims@supplier.example");
  await dialog.getByLabel("Language of the link").selectOption("sv");
  // Only the link this time: the e-mail has its own spec (mail.spec.ts).
  await dialog.getByLabel("Send it by e-mail").uncheck();
  await dialog.getByRole("button", { name: "Create link" }).click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{32}$/);
  await dialog.getByRole("button", { name: "Close" }).click();

  const { context, page: supplier } = await outsider(browser);
  await supplier.goto(url);
  await expect(supplier.getByTestId("photo-tile")).toHaveCount(2);
  await expect(supplier.locator("[data-sku=SKU-002]")).toBeVisible();
  await expect(supplier.getByTestId("link-claim").first()).toBeVisible();

  await page.goto(`/links?shipment=${reference}`);
  const row = page.getByTestId("link-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("claims@supplier.example");
  await expect(row.getByTestId("link-opens")).toContainText(/Opened once, last/);
  await row.getByText("Show opens").click();
  await expect(row.getByTestId("link-views")).toContainText("the page");
  await row.getByRole("button", { name: "Revoke the link for claims@supplier.example" }).click();
  await expect(row.getByTestId("link-status")).toHaveText("Revoked");
  const gone = await supplier.reload();
  expect(gone!.status()).toBe(410);
  await page.goto(`/links?shipment=${reference}&status=active`);
  await expect(page.getByTestId("links-empty")).toBeVisible();
  // The shipment's activity tells the story.
  const events = (await (await request.get(`/api/shipments/${reference}/activity`)).json()).events as {
    kind: string;
  }[];
  expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(["link_created", "link_opened", "link_revoked"]));
  await context.close();
});

const SIZES = {
  desktop: { width: 1440, height: 900 },
  tablet: { width: 820, height: 1180 },
  phone: { width: 390, height: 844 },
};

test("the public page at three sizes in both themes: no axe violation, photographed for review", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const { reference } = await shipmentWithClaims(request);
  const { url } = await makeLink(request, reference, { party: "supplier", recipient: "Anna Berg, Nordic Ceramics AB" });
  for (const scheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, colorScheme: scheme });
    const page = await context.newPage();
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await page.goto(url);
      const thumbnails = page.locator("[data-testid=photo-tile] img");
      await expect(thumbnails).toHaveCount(4);
      await expect
        .poll(() => thumbnails.evaluateAll((els) => els.every((el) => (el as HTMLImageElement).naturalWidth > 0)))
        .toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), size).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: testInfo.outputPath(`link-${size}-${scheme}.png`), fullPage: true });
      expect(await axeViolations(page), `${size} ${scheme}`).toEqual([]);
    }
    await context.close();
  }
});

test("the claim report reads as a claim, for staff and for the party, in English and Swedish; every page drawn", async ({
  request,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const reference = `RPT${Date.now().toString(36).toUpperCase()}`;
  const longSku = "SKU-WITH-A-VERY-LONG-NAME-THAT-GOES-ON-AND-ON-1234567890";
  const [added] = await sim.addShipments({ photos: 6, reference, skus: [longSku, "SKU-2"] });
  await request.get(`/api/shipments/${reference}/photos`);
  const [first, second, third] = added!.entity_ids as string[];
  for (const [entity, party, ref, amount] of [
    [first, "supplier", "SUP-2026-0042", 12950],
    [second, "supplier", "SUP-2026-0043", 4500],
    [third, "carrier", "DHL-CLAIM-9", 80000],
  ] as const) {
    const res = await request.patch(`/api/shipments/${reference}/decisions`, {
      data: {
        entity_id: entity,
        version: 0,
        status: "claimed",
        claim: { party, reference: ref, amount, currency: "SEK" },
        note: "Internal: checked by the warehouse lead",
      },
    });
    expect(res.status()).toBe(200);
  }
  const pdfText = async (body: Buffer) => (await new PDFParse({ data: new Uint8Array(body) }).getText()).text;

  // Staff's, in English: every claim, the notes, the total of all.
  const staff = await request.get(`/api/shipments/${reference}/report.pdf`);
  expect(staff.status()).toBe(200);
  const staffBody = await staff.body();
  const staffText = await pdfText(staffBody);
  expect(staffText).toContain("Claimant: Nordic Retail AB");
  expect(staffText).toMatch(/Claim against: Supplier \(2 discrepancies\); Carrier \(1 discrepancy\)/);
  expect(staffText).toContain("SUP-2026-0042");
  expect(staffText).toContain("DHL-CLAIM-9");
  expect(staffText).toMatch(/Total claimed: SEK\s?974\.50/);
  expect(staffText).toContain("Internal: checked by the warehouse lead");
  expect(staffText).toContain("hereby gives notice of a claim");

  // The supplier's, through its link, in Swedish: only its claims, no note.
  const { url } = await makeLink(request, reference, { party: "supplier", recipient: "Leverantören", language: "sv" });
  const { context, page } = await outsider(browser);
  const party = await page.request.get(`${url}/report.pdf`);
  const partyBody = await party.body();
  const partyText = await pdfText(partyBody);
  expect(partyText).toContain("Krav mot: Leverantör");
  expect(partyText).toMatch(/Krävt totalt: 174,50\s?kr/);
  expect(partyText).toContain("SUP-2026-0043");
  expect(partyText).not.toContain("DHL-CLAIM-9");
  expect(partyText).not.toContain("Internal:");
  expect(partyText).toContain("reklamerar härmed");
  await context.close();

  // Every page as a picture, for a person to look at (test-results/).
  const { execFileSync } = await import("node:child_process");
  const { existsSync, writeFileSync } = await import("node:fs");
  if (!existsSync("/usr/bin/pdftoppm")) {
    console.log("report pages not drawn: pdftoppm (poppler-utils) is not installed");
    return;
  }
  for (const [name, body] of [
    ["staff-en", staffBody],
    ["supplier-sv", partyBody],
  ] as const) {
    const pdf = testInfo.outputPath(`report-${name}.pdf`);
    writeFileSync(pdf, body);
    execFileSync("/usr/bin/pdftoppm", ["-png", "-r", "60", pdf, testInfo.outputPath(`report-${name}`)]);
  }
});
