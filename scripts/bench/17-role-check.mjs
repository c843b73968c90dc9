// Figure 17: what the role check costs an API request. Every data API route checks the caller's
// role (lib/api/route.ts, `allows()` from lib/auth/roles.ts) after the session. An authorised GET
// (`/api/me`, the lightest route: session, role, JSON) is timed twice in a row, to show the run's
// own noise; the check itself is timed in this process, on the real module compiled by esbuild.
// Its share of the request's p50 says whether a request without it would differ measurably.
import { readFileSync } from "node:fs";
import path from "node:path";
import { transform } from "esbuild";
import { round } from "./lib.mjs";

async function rolesModule() {
  const source = readFileSync(path.join(process.cwd(), "lib/auth/roles.ts"), "utf8");
  const { code } = await transform(source, { loader: "ts", format: "esm" });
  return import(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure17({ appA, cookieA, cannon, row, verdict }) {
  const url = `${appA.base}/api/me`;
  const runs = [];
  for (let i = 0; i < 2; i++) runs.push(await cannon({ url, connections: 1, headers: { cookie: cookieA } }));
  const [first, second] = runs;
  const noise = Math.abs(first.latency.p50 - second.latency.p50);
  for (const [i, r] of runs.entries())
    row(
      "17 role check",
      `GET /api/me run ${i + 1}, c=1 p50/p99, req/s`,
      `${r.latency.p50}/${r.latency.p99} ms, ${round(r.requests.average, 0)} (${r.non2xx} non-2xx)`,
    );
  row("17 role check", "run-to-run p50 difference (the noise)", `${round(noise, 2)} ms`);

  const { allows } = await rolesModule();
  const calls = 5_000_000;
  let granted = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) if (allows(i % 2 ? "reviewer" : "admin", "viewer")) granted++;
  const ns = Number(process.hrtime.bigint() - started) / calls;
  if (granted !== calls) throw new Error("the role check refused a role it should allow");
  const p50Ns = Math.min(first.latency.p50, second.latency.p50) * 1e6;
  const share = p50Ns > 0 ? (ns / p50Ns) * 100 : 0;
  row("17 role check", "the check itself", `${round(ns, 1)} ns per request`);
  row(
    "17 role check",
    "its share of the request's p50",
    `${round(share, 4)} %`,
    "within the run's noise",
    "0 %",
    verdict(ns / 1e6 <= Math.max(noise, 0.01), `${round(ns / 1e6 - noise, 4)} ms`),
  );
}
