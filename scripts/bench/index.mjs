#!/usr/bin/env node
// `npm run bench`: starts the simulator and the production build itself, measures every figure in
// figure order (one file each in this folder), prints a table and writes it to BENCHMARKS.md.
// Benchmarks report numbers; they do not fail on a slow machine. BENCH_QUICK=1 shortens figure 6
// (a page left open for 5 minutes) to 2 minutes. BENCH_ONLY=3,4 runs only those figures. BENCH_FULL=1
// adds figure 14's pack past 4 GiB.
import autocannon from "autocannon";
import { machineLine, markdownTable, writeBenchmarkSection } from "../benchmarks-md.mjs";
import figure1 from "./1-proxy-overhead.mjs";
import figure2 from "./2-search-cache.mjs";
import figure3 from "./3-first-thumbnail.mjs";
import figure4 from "./4-bulk-shipment.mjs";
import figure5 from "./5-huge-shipment.mjs";
import figure6 from "./6-page-left-open.mjs";
import figure7 from "./7-javascript-sent.mjs";
import figure8 from "./8-thumbnail-bytes.mjs";
import figure9 from "./9-decision-save.mjs";
import figure10 from "./10-worklist.mjs";
import figure11 from "./11-index-write-cost.mjs";
import figure12 from "./12-sign-in-flood.mjs";
import figure13 from "./13-shipments-sync.mjs";
import figure14 from "./14-evidence-pack.mjs";
import figure15 from "./15-instances.mjs";
import figure16 from "./16-lighthouse.mjs";
import figure17 from "./17-role-check.mjs";
import figure18 from "./18-evidence-links.mjs";
import figure19 from "./19-scorecards.mjs";
import { browser, requireBuild, signIn, startApp, startSim } from "./lib.mjs";
import { scratchPostgres } from "./store.mjs";

const FIGURES = [
  figure1,
  figure2,
  figure3,
  figure4,
  figure5,
  figure6,
  figure7,
  figure8,
  figure9,
  figure10,
  figure11,
  figure12,
  figure13,
  figure14,
  figure15,
  figure16,
  figure17,
  figure18,
  figure19,
];
const only = process.env.BENCH_ONLY?.split(",").map(Number);

requireBuild();
const rows = [];
const s = await startSim({ hugePhotos: 5000, maxLimit: 100 });
// A: the product as configured by default (server cache on). B: cache off, to measure the proxy.
const appA = await startApp({ port: 3410, simOrigin: s.origin });
const appB = await startApp({ port: 3411, simOrigin: s.origin, extra: { SITOO_SEARCH_CACHE_SECONDS: "0" } });
// C: as B, without recording searches in the discrepancy index (figure 11).
const appC = await startApp({
  port: 3413,
  simOrigin: s.origin,
  // A benchmark switch: refused when NODE_ENV=production (the build is the same either way).
  extra: { SITOO_SEARCH_CACHE_SECONDS: "0", SPR_INDEX_WRITES: "0", NODE_ENV: "benchmark" },
});
// P: the store on a PostgreSQL server, when one answers (figures 9 and 10).
const scratch = await scratchPostgres();
const postgresApp = scratch.url
  ? { url: scratch.url, app: await startApp({ port: 3414, simOrigin: s.origin, extra: { DATABASE_URL: scratch.url } }) }
  : { url: null, app: null, reason: `no PostgreSQL server (${scratch.reason})` };

/** @typedef {typeof ctx} BenchContext */
const ctx = {
  s,
  appA,
  appB,
  cookieA: await signIn(appA.base),
  cookieB: await signIn(appB.base),
  appC,
  cookieC: await signIn(appC.base),
  postgresApp,
  chrome: await browser(),
  basic: `Basic ${Buffer.from("sim-api-id:sim-password").toString("base64")}`,
  /** Values one figure hands to a later one (figure 2 compares with figure 1's uncached p50). */
  shared: { uncachedP50: 0, worklistPlan: "", thumbnailBaseline: undefined, firstThumbnail: undefined },
  cannon: (opts) =>
    new Promise((resolve, reject) =>
      autocannon({ duration: 8, ...opts }, (err, r) => (err ? reject(err) : resolve(r))),
    ),
  row: (figure, metric, value, target = "", bound = "", verdict = "") => {
    rows.push([figure, metric, value, target, bound, verdict]);
    console.log(`${figure} | ${metric} | ${value} | ${target} | ${bound} | ${verdict}`);
  },
  verdict: (ok, miss) => (ok ? "met" : `missed${miss ? ` by ${miss}` : ""}`),
};

try {
  for (const [i, figure] of FIGURES.entries()) {
    if (only && !only.includes(i + 1)) continue;
    // A figure that fails is a row saying so, not the end of the run (the others still count).
    await figure(ctx).catch((err) =>
      ctx.row(`${i + 1}`, "the figure failed", String(err?.message ?? err), "", "", "failed"),
    );
    await s.clearFaults();
    await s.configure({ url_lifetime_seconds: 3600 });
  }
} finally {
  await ctx.chrome.close();
  for (const app of [appA, ctx.appA, appB, appC, postgresApp.app]) app?.stop();
  await postgresApp.app?.stopped();
  await scratch.drop();
  await s.close();
}

const table = markdownTable(["figure", "measure", "value", "target", "lower bound", "verdict"], rows);
if (!only) {
  writeBenchmarkSection("bench", `Machine: ${machineLine()}. Written by \`npm run bench\`.\n\n${table}`);
  if (ctx.shared.worklistPlan) writeBenchmarkSection("bench-plan", `\`\`\`\n${ctx.shared.worklistPlan}\n\`\`\``);
}
console.log(`\n${table}\n\n${only ? "Not written (BENCH_ONLY)." : "Written to BENCHMARKS.md"}`);
