#!/usr/bin/env node
// `npm run loadtest`: 100 concurrent signed-in clients on the review API for 60 s, against the
// simulator injecting 5xx into 2 % of upstream calls. Loopback only, bounded in time. Writes its
// figures to BENCHMARKS.md. LOADTEST_SECONDS shortens the run.
import autocannon from "autocannon";
import { requireBuild, round, rssMb, signIn, startApp, startSim } from "./bench/lib.mjs";
import { markdownTable, writeBenchmarkSection } from "./benchmarks-md.mjs";

requireBuild();
const seconds = Number(process.env.LOADTEST_SECONDS ?? 60);
const s = await startSim({ maxLimit: 100 });
// The server cache is off, so every request really reaches the (faulty) upstream.
const app = await startApp({ port: 3420, simOrigin: s.origin, extra: { SITOO_SEARCH_CACHE_SECONDS: "0" } });
const cookie = await signIn(app.base);
await s.fault({ service: "media", kind: "status", status: 500, rate: 0.02 });
await s.clearRequests();

const memory = [];
const sampler = setInterval(() => memory.push({ t: Date.now(), mb: rssMb(app.pid) }), 1000);
const shipments = ["1RT823V93", "1RT823V9", "2MB410K77", "7QX5512K0"];
const statuses = new Map();
const started = Date.now();
const result = await new Promise((resolve, reject) => {
  const instance = autocannon(
    {
      url: app.base,
      connections: 100,
      duration: seconds,
      headers: { cookie },
      requests: shipments.map((id) => ({ method: "GET", path: `/api/shipments/${id}/photos` })),
    },
    (err, r) => (err ? reject(err) : resolve(r)),
  );
  instance.on("response", (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
});
clearInterval(sampler);
const log = await s.requests();
app.stop();
await s.close();

const injected = log.filter((r) => r.status === 500).length;
const ours5xx = [...statuses].filter(([code]) => code >= 500).reduce((n, [, c]) => n + c, 0);
const window = (from, to) =>
  memory.filter((m) => m.t - started >= from * 1000 && m.t - started < to * 1000).map((m) => m.mb);
const avg = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
const third = Math.min(20, Math.floor(seconds / 3));
const first = avg(window(0, third));
const last = avg(window(seconds - third, seconds));
const peak = Math.max(...memory.map((m) => m.mb));
const byKind = [...statuses]
  .sort(([a], [b]) => a - b)
  .map(([code, n]) => `${code}: ${n}`)
  .join(", ");

const table = markdownTable(
  ["measure", "value"],
  [
    ["requests served", `${result.requests.total} (${round(result.requests.average, 0)}/s)`],
    ["latency p50 / p99", `${result.latency.p50} ms / ${result.latency.p99} ms`],
    ["answers by status", `${byKind}; connection errors ${result.errors}, timeouts ${result.timeouts}`],
    ["upstream calls / injected 500s", `${log.length} / ${injected}`],
    [
      "our 5xx / upstream-caused bound",
      `${ours5xx} / ${injected} ${ours5xx <= injected ? "(every 5xx traces to an injected fault)" : "(MORE than the faults explain)"}`,
    ],
    [
      `server memory (RSS) first ${third} s / last ${third} s / peak`,
      `${round(first)} / ${round(last)} / ${round(peak)} MB (${round(((last - first) / first) * 100)} %)`,
    ],
  ],
);
console.log(table);
writeBenchmarkSection(
  "loadtest",
  `100 connections, ${seconds} s, 2 % of upstream calls answered 500, server cache off (${new Date().toISOString().slice(0, 10)}).\n\n${table}`,
);
if (ours5xx > injected) process.exitCode = 1;
