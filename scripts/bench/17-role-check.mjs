// Figure 17: what the role check costs an API request. Every data API route checks the caller's
// role (lib/api/route.ts, `allows()` from lib/auth/roles.ts) after the session. An authorised GET
// (`/api/me`, the lightest route: session, role, JSON) is timed twice in a row, 2,000 requests one
// after another each (to the microsecond: autocannon reports whole milliseconds, and this route
// answers in less than one), to show the run's own noise; the check itself is timed in this
// process, on the real module compiled by esbuild. Its share of the request's p50 says whether a
// request without it would differ measurably.
import { readFileSync } from "node:fs";
import path from "node:path";
import { transform } from "esbuild";
import { median, percentile, round } from "./lib.mjs";

const REQUESTS = 2_000;

/** `REQUESTS` sequential GETs: p50 and p99 in ms, to the microsecond. */
async function timeGets(url, cookie) {
  const ms = [];
  for (let i = 0; i < REQUESTS + 100; i++) {
    const started = process.hrtime.bigint();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${new URL(url).pathname} answered ${res.status}`);
    // The first 100 warm the connection and the session cache.
    if (i >= 100) ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { p50: median(ms), p99: percentile(ms, 99) };
}

async function rolesModule() {
  const source = readFileSync(path.join(process.cwd(), "lib/auth/roles.ts"), "utf8");
  const { code } = await transform(source, { loader: "ts", format: "esm" });
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure17({ appA, cookieA, row, verdict }) {
  const url = `${appA.base}/api/me`;
  const runs = [await timeGets(url, cookieA), await timeGets(url, cookieA)];
  const [first, second] = runs;
  const noise = Math.abs(first.p50 - second.p50);
  for (const [i, r] of runs.entries())
    row(
      "17 role check",
      `GET /api/me run ${i + 1}: p50 / p99 of ${REQUESTS}`,
      `${round(r.p50, 3)} / ${round(r.p99, 3)} ms`,
    );
  row("17 role check", "run-to-run p50 difference (the noise)", `${round(noise, 3)} ms`);

  const { allows } = await rolesModule();
  const calls = 5_000_000;
  let granted = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) if (allows(i % 2 ? "reviewer" : "admin", "viewer")) granted++;
  const ns = Number(process.hrtime.bigint() - started) / calls;
  if (granted !== calls) throw new Error("the role check refused a role it should allow");
  const p50Ns = Math.min(first.p50, second.p50) * 1e6;
  const share = p50Ns > 0 ? (ns / p50Ns) * 100 : 0;
  row("17 role check", "the check itself", `${round(ns, 1)} ns per request`);
  row(
    "17 role check",
    "its share of the request's p50",
    `${round(share, 4)} %`,
    "within the run's noise",
    "0 %",
    verdict(ns / 1e6 <= noise, `${round(ns / 1e6 - noise, 4)} ms`),
  );
}
