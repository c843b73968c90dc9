#!/usr/bin/env node
// `npm run loadtest`: 100 concurrent signed-in clients on the review API for 60 s, against the
// simulator injecting 5xx into 2 % of upstream calls, with the server under the heap cap `npm
// start` gives (MAX_HEAP_MB, default 512, sized for a 1 GB container). Memory is read before the
// load (idle), during it, and for up to a minute after it, until it is back near idle. Loopback
// only, bounded in time. Writes its figures to BENCHMARKS.md. LOADTEST_SECONDS shortens the run.
import autocannon from "autocannon";
import { requireBuild, round, rssMb, signIn, startApp, startSim } from "./bench/lib.mjs";
import { markdownTable, writeBenchmarkSection } from "./benchmarks-md.mjs";
import { DEFAULT_HEAP_MB } from "./next-start.mjs";

requireBuild();
const seconds = Number(process.env.LOADTEST_SECONDS ?? 60);
const s = await startSim({ maxLimit: 100 });
// The server cache is off, so every request really reaches the (faulty) upstream.
const app = await startApp({ port: 3420, simOrigin: s.origin, extra: { SITOO_SEARCH_CACHE_SECONDS: "0" } });
const cookie = await signIn(app.base);
await s.fault({ service: "media", kind: "status", status: 500, rate: 0.02 });
await s.clearRequests();

const heapCapMb = Number(process.env.MAX_HEAP_MB || DEFAULT_HEAP_MB);
/** The container the default heap cap is sized for. */
const CONTAINER_MB = 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const idleSamples = [];
for (let i = 0; i < 5; i++) {
  idleSamples.push(rssMb(app.pid));
  await sleep(1000);
}
const idle = idleSamples.reduce((a, b) => a + b, 0) / idleSamples.length;

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
// After the load: back near idle (within 25 %, or 50 MB) within a minute?
const NEAR = Math.max(idle * 1.25, idle + 50);
const after = [];
let recoveredAfter = null;
for (let i = 1; i <= 60; i++) {
  await sleep(1000);
  const mb = rssMb(app.pid);
  after.push(mb);
  if (mb <= NEAR) {
    recoveredAfter = i;
    break;
  }
}
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
    [
      `heap cap (MAX_HEAP_MB) / peak RSS against a ${CONTAINER_MB} MB container`,
      `${heapCapMb} MB / ${round(peak)} MB: ${peak < CONTAINER_MB ? "under" : "OVER"} (${round((peak / CONTAINER_MB) * 100)} %)`,
    ],
    [
      "RSS idle before / after the load",
      `${round(idle)} MB / ${round(after.at(-1) ?? Number.NaN)} MB ${
        recoveredAfter !== null
          ? `(back within ${round(NEAR - idle)} MB of idle after ${recoveredAfter} s)`
          : `(NOT back within ${round(NEAR - idle)} MB of idle after 60 s)`
      }`,
    ],
  ],
);
console.log(table);
writeBenchmarkSection(
  "loadtest",
  `100 connections, ${seconds} s, 2 % of upstream calls answered 500, server cache off, heap capped at ${heapCapMb} MB (${new Date().toISOString().slice(0, 10)}).\n\n${table}`,
);
if (ours5xx > injected || peak >= CONTAINER_MB) process.exitCode = 1;
