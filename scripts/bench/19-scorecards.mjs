// Figure 19: scorecards at a busy team's size — a year of 20,000 shipments, 100,000 discrepancies
// and 30,000 decisions (claims against suppliers, carriers and insurers in SEK and EUR, a third
// with a recovery, each claim with its event) — grouped by supplier and by month over the last 90
// days: p50 through the API on PostgreSQL (with the plan: no sequential scan of the discrepancy
// index) and on PGlite; the page's first contentful paint beside the sign-in page's; its scripts
// on top of the framework floor, Recharts included.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { build } from "esbuild";
import pg from "pg";
import { firstContentfulPaint, openPage, percentile, round, signedInContext, signIn, startApp } from "./lib.mjs";

const SHIPMENTS = 20_000;
const PER_SHIPMENT = 5;
const DECIDED = 30_000;
const END = "2026-12-01";

export const SCORECARD_SEED_SQL = `
insert into shipments (shipment_id, sitoo_id, state, arrived_at, arrival_source, carrier_deadline, supplier_deadline, record)
select 'SC' || g, 'sitoo-sc-' || g, 'arrived',
  timestamptz '${END}' - (g % 365) * interval '1 day' - (g % 24) * interval '1 hour', 'observed',
  timestamptz '${END}' - (g % 365) * interval '1 day' + interval '7 days',
  timestamptz '${END}' - (g % 365) * interval '1 day' + interval '14 days',
  jsonb_build_object(
    'origin', jsonb_build_object('name', 'Supplier ' || (g % 40)),
    'carrier', jsonb_build_object('name', 'Carrier ' || (g % 8)),
    'destination', jsonb_build_object('name', 'Store ' || (g % 20)),
    'items', jsonb_build_array(
      jsonb_build_object('sku', 'SKU-' || (g % 50), 'quantity', 24, 'quantity_received', 23),
      jsonb_build_object('sku', 'SKU-' || ((g + 1) % 50), 'quantity', 12, 'quantity_received', 12)))
from generate_series(1, ${SHIPMENTS}) g;
insert into discrepancies (entity_id, shipment_id, sku, reason_code, discrepancy_id, photo_count)
select 'SC' || s || '|SKU-' || ((s + k) % 50) || '|' || (array['DAMAGED','WRONG_ITEM','SHORTAGE','OVERAGE'])[1 + k % 4] || '|d' || k,
  'SC' || s, 'SKU-' || ((s + k) % 50), (array['DAMAGED','WRONG_ITEM','SHORTAGE','OVERAGE'])[1 + k % 4], 'd' || k, 1 + (s + k) % 4
from generate_series(1, ${SHIPMENTS}) s, generate_series(0, ${PER_SHIPMENT - 1}) k;
insert into decisions (entity_id, shipment_id, status, claim_party, claim_reference, claim_amount, claim_currency,
  recovery_amount, recovery_currency, recovery_at, version, updated_by)
select entity_id, shipment_id, 'claimed', (array['supplier','carrier','insurer'])[1 + n % 3], 'REF-' || n,
  10000 + (n % 97) * 1000, (array['SEK','SEK','EUR'])[1 + n % 3],
  case when n % 3 = 0 then 5000 + (n % 13) * 1000 end, case when n % 3 = 0 then (array['SEK','SEK','EUR'])[1 + n % 3] end,
  case when n % 3 = 0 then date '${END}' end, 1, 'bench'
from (select entity_id, shipment_id, row_number() over (order by entity_id) as n from discrepancies where entity_id like 'SC%') d
where n <= ${DECIDED};
insert into events (actor, shipment_id, entity_id, kind, at, data)
select 'bench', d.shipment_id, d.entity_id, 'claim', s.arrived_at + ((length(d.entity_id) % 20) * interval '1 day'), '{}'::jsonb
from decisions d join shipments s on s.shipment_id = d.shipment_id where d.entity_id like 'SC%';
analyze;`;

const day = (ms) => new Date(ms).toISOString().slice(0, 10);
const RANGE = { from: day(Date.parse(`${END}T00:00:00Z`) - 89 * 86_400_000), to: END };

async function p50(app, cookie, by) {
  const times = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const res = await fetch(`${app.base}/api/scorecards?by=${by}&from=${RANGE.from}&to=${RANGE.to}`, {
      headers: { cookie },
    });
    const body = await res.json();
    times.push(performance.now() - started);
    if (!res.ok || body.rows.length === 0) throw new Error(`scorecards answered ${res.status}`);
  }
  return percentile(times, 50);
}

/** The statement the app runs, from the real module (compiled by esbuild), with its parameters. */
async function scorecardQuery(by) {
  const out = await build({
    entryPoints: ["lib/db/scorecards.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    alias: { "server-only": "./scripts/bench/empty.mjs", "@": "." },
    external: ["drizzle-orm", "zod"],
    logLevel: "silent",
  });
  // Written where its bare imports (drizzle-orm, zod) resolve from this project's node_modules.
  const file = path.resolve("node_modules/.cache/spr-bench/scorecards.mjs");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, out.outputFiles[0].text);
  const { scorecardSql } = await import(pathToFileURL(file).href);
  const { PgDialect } = await import("drizzle-orm/pg-core");
  return new PgDialect().sqlToQuery(scorecardSql(by, RANGE.from, RANGE.to));
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure19({ s, postgresApp, chrome, row, verdict }) {
  if (postgresApp.app) {
    const client = new pg.Client({ connectionString: postgresApp.url });
    await client.connect();
    await client.query(SCORECARD_SEED_SQL);
    const q = await scorecardQuery("supplier");
    const plan = (await client.query(`explain (costs off) ${q.sql}`, q.params)).rows
      .map((r) => r["QUERY PLAN"])
      .join("\n");
    await client.end();
    const cookie = await signIn(postgresApp.app.base);
    for (const by of ["supplier", "month"]) {
      const ms = await p50(postgresApp.app, cookie, by);
      row(
        "19 scorecards",
        `PostgreSQL: by ${by}, 90 days of ${SHIPMENTS} shipments / ${SHIPMENTS * PER_SHIPMENT} discrepancies / ${DECIDED} decisions (p50 of 20, through the API)`,
        `${round(ms)} ms`,
        "≤ 300 ms",
        "",
        verdict(ms <= 300, `${round(ms - 300)} ms`),
      );
    }
    const seq = /Seq Scan on discrepancies/.test(plan);
    row(
      "19 scorecards",
      "PostgreSQL: the discrepancy index scanned whole in the plan (by supplier, 90 days)",
      seq ? "yes" : "no",
      "no",
      "",
      verdict(!seq),
    );
    console.log(`\nscorecards plan (by supplier, 90 days):\n${plan}\n`);

    // The page: first contentful paint beside the sign-in page's, and its scripts (charts drawn).
    const paint = async (path, signedIn) => {
      const times = [];
      for (let i = 0; i < 5; i++) {
        const context = signedIn
          ? await signedInContext(chrome, postgresApp.app.base, cookie)
          : await chrome.newContext({ viewport: { width: 1024, height: 768 } });
        const page = await openPage(context);
        await page.goto(`${postgresApp.app.base}${path}`);
        times.push(await firstContentfulPaint(page));
        await context.close();
      }
      return percentile(times, 50);
    };
    const login = await paint("/login", false);
    const page = await paint(`/scorecards?by=supplier&from=${RANGE.from}&to=${RANGE.to}`, true);
    row(
      "19 scorecards",
      "page: first contentful paint (median of 5), beside the sign-in page's in this run",
      `${round(page, 0)} ms`,
      "",
      `sign-in page: ${round(login, 0)} ms`,
      "",
    );
    /** Scripts the page loads (gzip KB): all of them, and those holding Recharts (the charts' chunks). */
    const scripts = async (path) => {
      const context = await signedInContext(chrome, postgresApp.app.base, cookie);
      const p = await context.newPage();
      const responses = [];
      p.on("response", (r) => {
        if (r.request().resourceType() === "script") responses.push(r);
      });
      await p.goto(`${postgresApp.app.base}${path}`, { waitUntil: "networkidle" });
      if (path.startsWith("/scorecards")) await p.locator(".recharts-bar-rectangle").first().waitFor();
      let total = 0;
      let charts = 0;
      for (const r of responses) {
        const size = (await r.request().sizes()).responseBodySize;
        total += size;
        if (/recharts/.test(await r.text())) charts += size;
      }
      await context.close();
      return { total: total / 1024, charts: charts / 1024 };
    };
    const floor = (await scripts("/bench-floor-no-such-page")).total;
    const page_ = await scripts(`/scorecards?by=supplier&from=${RANGE.from}&to=${RANGE.to}`);
    row(
      "19 scorecards",
      "page: scripts on top of the framework floor (gzip), the charts' chunks included",
      `${round(page_.total - floor)} KB (the charts' chunks, Recharts: ${round(page_.charts)} KB, loaded after the tables; the rest ${round(page_.total - floor - page_.charts)} KB)`,
      "≤ 60 KB",
      `floor ${round(floor)} KB`,
      verdict(page_.total - floor <= 60, `${round(page_.total - floor - 60)} KB`),
    );
  } else row("19 scorecards", "PostgreSQL figures", "skipped", "", postgresApp.reason, "");

  // PGlite: its own app, stopped while the rows go in.
  const app = await startApp({ port: 3421, simOrigin: s.origin });
  await app.stopped();
  const db = await PGlite.create(app.dataDir);
  await db.exec(SCORECARD_SEED_SQL);
  await db.close();
  const again = await startApp({ port: 3421, simOrigin: s.origin, extra: { DATA_DIR: app.dataDir } });
  try {
    const cookie = await signIn(again.base);
    for (const by of ["supplier", "month"]) {
      const ms = await p50(again, cookie, by);
      row(
        "19 scorecards",
        `PGlite: by ${by}, the same data (p50 of 20, through the API)`,
        `${round(ms)} ms`,
        "≤ 1000 ms",
        "",
        verdict(ms <= 1000, `${round(ms - 1000)} ms`),
      );
    }
  } finally {
    await again.stopped();
  }
}
