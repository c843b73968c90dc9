// Swedish and English: the language comes from the user's switch (a cookie), else the browser's
// Accept-Language, else English; the claim report is in the language of whoever downloads it.
import { readFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { sim } from "./support/sim";

/** A browser that asks for Swedish (Accept-Language: sv-SE), signed in through the Swedish form. */
async function inSwedish(browser: Browser, baseURL: string, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ locale: "sv-SE", storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await signInInSwedish(page, baseURL);
    await work(page);
  } finally {
    await context.close();
  }
}

async function signInInSwedish(page: Page, baseURL: string) {
  await page.goto(`${baseURL}/login`);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByText("Logga in för att granska foton från mottagna leveranser.")).toBeVisible();
  await page.getByLabel("Användarnamn").fill("reviewer");
  await page.getByLabel("Lösenord").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Hitta en leverans" })).toBeVisible();
}

test("with Accept-Language sv-SE: sign-in, worklist, review page, viewer and a decision change are in Swedish", async ({
  browser,
  baseURL,
}) => {
  // A shipment of its own: its decision changes touch no other test's.
  const [shipment] = await sim.addShipments({ count: 1, photos: 2 });
  await inSwedish(browser, baseURL!, async (page) => {
    await expect(page.getByRole("heading", { name: "Arbetslista" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Logga ut", exact: true })).toBeVisible();

    await page.getByLabel("Leverans-ID").fill(shipment!.reference_number);
    await page.getByRole("button", { name: "Öppna" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Leverans ${shipment!.reference_number}`);
    await expect(page.getByTestId("summary")).toContainText("foton");
    // Known reason codes in Swedish (the simulator's first two are Damaged and Wrong item).
    await expect(page.getByRole("heading", { name: /^Skadad, avvikelse / })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Fel artikel, avvikelse / })).toBeVisible();

    // The viewer.
    await page.getByTestId("photo-tile").first().click();
    const viewer = page.getByTestId("viewer");
    await expect(viewer.getByRole("button", { name: "Stäng" })).toBeVisible();
    await expect(viewer.getByRole("complementary", { name: "Fotodetaljer" })).toContainText("Orsak");
    await viewer.getByRole("button", { name: "Stäng" }).click();

    // A decision change: status and the history say it in Swedish.
    const card = page.locator("[data-testid=decision-card]").first();
    await card.getByRole("button", { name: /^Besluta för / }).click();
    await card.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Pågår" });
    await expect(card.getByTestId("decision-status")).toHaveText("Pågår");
    await expect(card.getByTestId("decision-history")).toContainText("Status: Öppen → Pågår");
  });
});

test("the header's switch changes the language at once and it stays after a reload, over Accept-Language", async ({
  browser,
  baseURL,
}) => {
  await inSwedish(browser, baseURL!, async (page) => {
    await page.getByTestId("language-switch").selectOption("en");
    await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Worklist" })).toBeVisible();
    // And back.
    await page.getByLabel("Language").selectOption("sv");
    await expect(page.getByRole("heading", { name: "Hitta en leverans" })).toBeVisible();
  });
});

test("the claim report downloaded in Swedish has Swedish headings; in English, English ones", async ({
  browser,
  baseURL,
}) => {
  const [shipment] = await sim.addShipments({ count: 1, photos: 2 });
  await inSwedish(browser, baseURL!, async (page) => {
    // Downloaded as a user does: the review page's link, in the browser that asks for Swedish.
    await page.goto(`${baseURL}/shipments/${shipment!.reference_number}`);
    const text = async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("download-report").click(),
      ]);
      return (await new PDFParse({ data: new Uint8Array(readFileSync((await download.path())!)) }).getText()).text;
    };
    const swedish = await text();
    expect(swedish).toContain(`Reklamationsrapport: leverans ${shipment!.reference_number}`);
    expect(swedish).toContain("Sammanfattning");
    expect(swedish).toContain("Skadad");
    expect(swedish).toContain("Beslut: Öppen");
    expect(swedish).not.toContain("Summary");

    await page.getByTestId("language-switch").selectOption("en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Shipment ${shipment!.reference_number}`);
    const english = await text();
    expect(english).toContain(`Claim report: shipment ${shipment!.reference_number}`);
    expect(english).toContain("Summary");
    expect(english).not.toContain("Sammanfattning");
  });
});
