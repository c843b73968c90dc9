// Figure 15: throughput of the photos route at 50 connections on one instance, on two instances
// behind nginx (scripts/cluster.mjs: PostgreSQL + Redis, the nginx template operators use), and on
// a bare Next route handler in the same build doing the same upstream fetch without our work (the
// framework's floor, /api/bench-floor, on only with BENCH_FLOOR=1), all in one run; the CPU each
// process used while two instances ran (what bounds them on this machine); and a CPU profile of
// one instance under the same load: where the time of an uncached request goes.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { writeBenchmarkSection } from "../benchmarks-md.mjs";
import { clusterProblem, startCluster } from "../cluster.mjs";
import { summariseProfile } from "./cpu-profile.mjs";
import { cpuSeconds, round, signIn, startApp, USER } from "./lib.mjs";

const FIGURE = "15 instances";
const SHIPMENT = "1RT823V9";
/** Runs `work` and returns its result with the share of one core each named process used meanwhile. */
async function withCpu(processes, work) {
  const before = Object.fromEntries(Object.entries(processes).map(([name, pids]) => [name, pids.map(cpuSeconds)]));
  const self = process.cpuUsage();
  const started = Date.now();
  const result = await work();
  const seconds = (Date.now() - started) / 1000;
  const cores = {};
  for (const [name, pids] of Object.entries(processes))
    cores[name] = pids.reduce((sum, pid, i) => sum + cpuSeconds(pid) - before[name][i], 0) / seconds;
  const mine = process.cpuUsage(self);
  cores["bench (load generator + simulator)"] = (mine.user + mine.system) / 1e6 / seconds;
  return { result, cores, seconds };
}

const share = (cores) =>
  Object.entries(cores)
    .map(([name, c]) => `${name} ${round(c * 100, 0)} %`)
    .join(", ");

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure15({ s, cannon, row, verdict, basic }) {
  const problem = await clusterProblem();
  if (problem) {
    row(FIGURE, "two instances behind nginx", `not measured: ${problem}`, "", "", "skipped");
    return;
  }
  const cluster = await startCluster({
    simOrigin: s.origin,
    users: [USER],
    proxyPort: 3420,
    instancePorts: [3421, 3422],
    // Every request goes upstream (no search cache): the route's own cost is what is measured.
    // BENCH_FLOOR is refused when NODE_ENV=production: the build is the same, only the start-up
    // check and server.mjs's HSTS read NODE_ENV at run time.
    extra: { SITOO_SEARCH_CACHE_SECONDS: "0", BENCH_FLOOR: "1", LOG_LEVEL: "warn", NODE_ENV: "benchmark" },
  });
  try {
    const cookie = await signIn(cluster.base);
    const [one] = cluster.instances;
    const load = (url, headers = {}) => cannon({ url, connections: 50, headers });
    // Warm every route up (first requests compile and open connections).
    for (const url of [`${one.base}/api/bench-floor/${SHIPMENT}`, `${one.base}/api/shipments/${SHIPMENT}/photos`])
      await cannon({ url, connections: 10, duration: 2, headers: { cookie } });
    await cannon({
      url: `${cluster.base}/api/shipments/${SHIPMENT}/photos`,
      connections: 10,
      duration: 2,
      headers: { cookie },
    });

    const direct = await load(`${s.origin}/v1/media/search?entity_type=shipment_item&entity_id=${SHIPMENT}&limit=100`, {
      authorization: basic,
    });
    const floor = await withCpu({ "instance A": [one.pid] }, () => load(`${one.base}/api/bench-floor/${SHIPMENT}`));
    const single = await withCpu({ "instance A": [one.pid] }, () =>
      load(`${one.base}/api/shipments/${SHIPMENT}/photos`, { cookie }),
    );
    const pair = await withCpu(
      {
        "instance A": [cluster.instances[0].pid],
        "instance B": [cluster.instances[1].pid],
        nginx: cluster.nginxPids(),
      },
      () => load(`${cluster.base}/api/shipments/${SHIPMENT}/photos`, { cookie }),
    );
    const rps = (r) => r.requests.average;
    const fmt = (r) => `${round(rps(r), 0)} req/s, p50/p99 ${r.latency.p50}/${r.latency.p99} ms (${r.non2xx} non-2xx)`;
    row(FIGURE, "c=50 simulator direct (reference)", fmt(direct));
    row(FIGURE, "c=50 bare route handler, same fetch (floor)", fmt(floor.result));
    const ofFloor = rps(single.result) / rps(floor.result);
    row(
      FIGURE,
      "c=50 photos route, one instance",
      `${fmt(single.result)}; ${round(ofFloor * 100, 0)} % of the floor`,
      "≥ 60 % of floor",
      "",
      verdict(ofFloor >= 0.6, `${round(60 - ofFloor * 100, 0)} points`),
    );
    row(FIGURE, "CPU while one instance runs (share of one core)", share(single.cores));
    // CPU per request, from the kernel's accounting: steadier than throughput on a shared machine.
    const perRequest = (r) => (r.cores["instance A"] * r.seconds * 1000) / r.result.requests.total;
    row(
      FIGURE,
      "server CPU per request: floor → photos route",
      `${round(perRequest(floor), 2)} → ${round(perRequest(single), 2)} ms (our work ${round(perRequest(single) - perRequest(floor), 2)} ms)`,
    );
    const scale = rps(pair.result) / rps(single.result);
    row(
      FIGURE,
      "c=50 photos route, two instances behind nginx",
      `${fmt(pair.result)}; ${round(scale, 2)}× one instance`,
      "≥ 1.6× one",
      "2 cores: ≈ 1×",
      verdict(scale >= 1.6, `${round(1.6 - scale, 2)}×`),
    );
    const total = Object.values(pair.cores).reduce((a, b) => a + b, 0);
    row(
      FIGURE,
      "CPU while two instances run (share of one core)",
      `${share(pair.cores)}; in all ${round(total * 100, 0)} % of the machine's ${availableParallelism() * 100} %`,
    );
  } finally {
    await cluster.stop();
  }

  // Where the time goes: one instance under the same load, profiled by V8.
  const dir = mkdtempSync(path.join(tmpdir(), "spr-prof-"));
  const app = await startApp({
    port: 3423,
    simOrigin: s.origin,
    extra: { SITOO_SEARCH_CACHE_SECONDS: "0" },
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
  });
  try {
    const cookie = await signIn(app.base);
    await cannon({
      url: `${app.base}/api/shipments/${SHIPMENT}/photos`,
      connections: 10,
      duration: 2,
      headers: { cookie },
    });
    const r = await cannon({
      url: `${app.base}/api/shipments/${SHIPMENT}/photos`,
      connections: 50,
      headers: { cookie },
    });
    await app.stopped();
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (!file) throw new Error("the server wrote no CPU profile");
    // The load's 8 seconds and the stop after it; not the start, sign-in and warm-up.
    const summary = summariseProfile(path.join(dir, file), 8_300);
    const requests = r.requests.total;
    const perRequest = summary.busyMs / requests;
    row(FIGURE, "CPU per uncached photos request (profile)", `${round(perRequest, 2)} ms`);
    const largest = summary.parts.slice(0, 3).map((p) => `${p.part} ${round(p.share * 100, 0)} %`);
    row(FIGURE, "largest parts of that CPU time", largest.join("; "));
    const table = [
      "| part | CPU ms | share of busy time | per request |",
      "|---|---|---|---|",
      ...summary.parts.map(
        (p) => `| ${p.part} | ${round(p.ms, 0)} | ${round(p.share * 100, 1)} % | ${round(p.ms / requests, 3)} ms |`,
      ),
      "",
      "Top functions by self time:",
      "",
      "| function — source | CPU ms | share |",
      "|---|---|---|",
      ...summary.top.map(
        (f) => `| ${f.name.replaceAll("|", "\\|")} | ${round(f.ms, 0)} | ${round(f.share * 100, 1)} % |`,
      ),
    ].join("\n");
    if (!process.env.BENCH_ONLY)
      writeBenchmarkSection(
        "bench-profile",
        `One instance, search cache off, 50 connections for 8 s on \`/api/shipments/${SHIPMENT}/photos\` (${requests} requests), V8 CPU profile of those 8 s read through the build's source maps:\n\n${table}`,
      );
    console.log(table);
  } finally {
    app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
