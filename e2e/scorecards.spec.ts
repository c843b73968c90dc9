// What came back and who costs most, end to end, on an app of its own whose Shipments sync runs at
// start (the scorecards need shipment records): a partial recovery recorded in the decision panel
// shows on the card, the worklist, the report and the scorecards; the chart and its table agree;
// the CSV opens; a viewer cannot record one.
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { DecisionCard } from "./pages/decision-card";
import { axeViolations } from "./support/axe";
import { type OwnApp, startOwnApp } from "./support/own-app";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS } from "./support/sim";

test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

let app: OwnApp;
let cookie: string;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  app = startOwnApp(3357, { SYNC_INTERVAL_SECONDS: "3600", SYNC_MANUAL_COOLDOWN_SECONDS: "0" });
  cookie = await app.signIn();
  // The sync at start has listed the seeded shipments and indexed their photos.
  await expect
    .poll(
      async () => (await (await fetch(`${app.base}/api/sync`, { headers: { cookie } })).json()).last_run?.ok ?? null,
      {
        timeout: 60_000,
      },
    )
    .toBe(true);
});
test.afterAll(async () => {
  await app?.stop();
});

const api = (path: string, init: RequestInit = {}, who = cookie) =>
  fetch(`${app.base}${path}`, {
    ...init,
    headers: { cookie: who, "content-type": "application/json", ...init.headers },
  });

test("a partial recovery shows on the card, the worklist, the report and the scorecards; the chart and table agree; the CSV opens", async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: app.base }]);
  const page = await context.newPage();

  // A claim against the supplier on one discrepancy of the main shipment.
  const photos = await (await api(`/api/shipments/${SHIPMENTS.main}/photos`)).json();
  const entity = photos.files.find((f: { key: { sku: string } | null }) => f.key?.sku === "SKU-002")
    .entity_id as string;
  const current = (await (await api(`/api/shipments/${SHIPMENTS.main}/decisions`)).json()).decisions.find(
    (d: { entity_id: string }) => d.entity_id === entity,
  );
  const claimed = await api(`/api/shipments/${SHIPMENTS.main}/decisions`, {
    method: "PATCH",
    body: JSON.stringify({
      entity_id: entity,
      version: current?.version ?? 0,
      status: "claimed",
      claim: { party: "supplier", reference: "SUP-REC-1", amount: 1_295_000, currency: "SEK" },
    }),
  });
  expect(claimed.status).toBe(200);

  // Recorded in the decision panel, as a reviewer would.
  await page.goto(`${app.base}/shipments/${SHIPMENTS.main}?sku=SKU-002`);
  const card = new DecisionCard(page, entity);
  await card.open();
  const form = card.root.getByTestId("recovery-form");
  await form.getByLabel("Amount recovered").fill("5000");
  await form.getByLabel("Credit note or payment reference").fill("CN-2026-77");
  await form.getByRole("button", { name: "Save recovery" }).click();
  await expect(card.root.getByTestId("decision-recovery")).toHaveText(
    /Recovered SEK\s5,000\.00 of SEK\s12,950\.00 \(partial\)/,
  );

  // The worklist, filtered to the supplier as a scorecard row leads there.
  await page.goto(`${app.base}/?status=all&supplier=${encodeURIComponent("Nordic Ceramics AB")}`);
  await expect(page.getByTestId("worklist-group")).toContainText("Supplier: Nordic Ceramics AB");
  const row = page.locator(`[data-testid=worklist-row][data-entity="${entity}"]`);
  await expect(row.getByTestId("worklist-recovery")).toContainText("(partial)");

  // The staff report.
  const report = await api(`/api/shipments/${SHIPMENTS.main}/report.pdf?sku=SKU-002`);
  const text = (await new PDFParse({ data: new Uint8Array(await report.arrayBuffer()) }).getText()).text;
  expect(text).toMatch(/What came back: Recovered SEK\s5,000\.00 of SEK\s12,950\.00 \(partial\) · CN-2026-77/);

  // The scorecards by supplier: the row, the chart beside its table, the same figures.
  await page.goto(`${app.base}/scorecards?by=supplier`);
  const supplier = page.locator('[data-testid=scorecard-row][data-key="Nordic Ceramics AB"]');
  await expect(supplier.getByTestId("cell-claimed")).toContainText("12,950.00");
  await expect(supplier.getByTestId("cell-recovered")).toContainText("5,000.00");
  await expect(page.getByTestId("chart-per-hundred").locator("svg .recharts-bar-rectangle").first()).toBeVisible();
  const api_ = await (await api("/api/scorecards?by=supplier")).json();
  const nordic = api_.rows.find((r: { key: string }) => r.key === "Nordic Ceramics AB");
  expect(nordic.claimed.amount.SEK).toBeGreaterThanOrEqual(1_295_000);
  expect(nordic.recovered.amount.SEK).toBeGreaterThanOrEqual(500_000);
  // The chart's bars are the per-100 figures of its table, row for row.
  const tableValues = await page
    .getByTestId("chart-table")
    .first()
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.querySelector("td")?.textContent));
  const fromApi = api_.rows
    .map((r: { shipments: number; discrepancies: number; label: string }) => ({
      name: r.label,
      v: r.shipments ? (100 * r.discrepancies) / r.shipments : 0,
    }))
    .sort((a: { v: number; name: string }, b: { v: number; name: string }) => b.v - a.v || a.name.localeCompare(b.name))
    .slice(0, 10)
    .map((r: { v: number }) => new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(r.v));
  expect(tableValues).toEqual(fromApi);
  const bars = await page.getByTestId("chart-per-hundred").locator(".recharts-bar-rectangle").count();
  expect(bars).toBe(fromApi.length);

  // Photographed for a person to look at (test-results/), at three sizes in both themes, and
  // checked with axe.
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of [
      ["desktop", { width: 1440, height: 900 }],
      ["tablet", { width: 820, height: 1180 }],
      ["phone", { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(`${app.base}/scorecards?by=${size === "tablet" ? "month" : "supplier"}`);
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), size).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: testInfo.outputPath(`scorecards-${size}-${scheme}.png`), fullPage: true });
      expect(await axeViolations(page), `${size} ${scheme}`).toEqual([]);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${app.base}/scorecards?by=supplier`);

  // The row leads to the worklist filtered to it.
  await supplier.getByRole("link").click();
  await expect(page).toHaveURL(/supplier=Nordic\+Ceramics\+AB/);

  // The CSV opens: a header, then the rows, the supplier among them.
  const csv = await api("/api/scorecards.csv?by=supplier");
  expect(csv.headers.get("content-type")).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toMatch(/^supplier,shipments,discrepancies,.*claimed_SEK.*recovered_SEK/);
  expect(lines.some((l) => l.startsWith("Nordic Ceramics AB,"))).toBe(true);
  await context.close();
});

test("a viewer cannot record a recovery; bad scorecard and recovery input is 400", async () => {
  const viewer = await app.signIn(settings.users.find((u) => u[0] === "viewer") as unknown as [string, string]);
  const photos = await (await api(`/api/shipments/${SHIPMENTS.main}/photos`)).json();
  const entity = photos.files.find((f: { key: unknown }) => f.key).entity_id;
  const recovery = { amount: 100, currency: "SEK", at: "2026-12-01" };
  const refused = await api(
    `/api/shipments/${SHIPMENTS.main}/decisions`,
    { method: "PATCH", body: JSON.stringify({ entity_id: entity, version: 0, recovery }) },
    viewer,
  );
  expect(refused.status).toBe(403);
  for (const bad of [
    { ...recovery, amount: -1 },
    { ...recovery, amount: 1.5 },
    { ...recovery, currency: "XXZ" },
    { ...recovery, at: "2099-01-01" },
    { ...recovery, at: "2026-02-30" },
    { ...recovery, at: "1 Dec 2026" },
    { ...recovery, reference: "a\nb" },
    { ...recovery, extra: 1 },
  ]) {
    const res = await api(`/api/shipments/${SHIPMENTS.main}/decisions`, {
      method: "PATCH",
      body: JSON.stringify({ entity_id: entity, version: 0, recovery: bad }),
    });
    expect(res.status, JSON.stringify(bad)).toBe(400);
  }
  for (const q of [
    "by=colour",
    "from=2026-13-01",
    "from=2026-12-01&to=2026-11-01",
    "from=2020-01-01&to=2026-01-01",
    "to=yesterday",
  ]) {
    const res = await api(`/api/scorecards?${q}`);
    expect(res.status, q).toBe(400);
    expect((await res.json()).error_code).toBe("INVALID_REQUEST");
  }
});
