// Figure 14: the evidence pack. 300 photos of 8 MB (2.4 GB) through the app, beside the same bytes
// fetched straight from the simulator in the same run (one photo after another, as the pack reads
// them; and four at a time): throughput, the server's RSS growth while it streams, first byte.
// With BENCH_FULL=1 also a pack past 4 GiB (ZIP64), written to disk and checked with `unzip -t`.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { makeZip } from "client-zip";
import { SHIPMENTS } from "../../sitoo-sim/client.mjs";
import { cpuSeconds, round, rssMb, signIn, startApp, startSim } from "./lib.mjs";

const MB = 1024 * 1024;

async function photoUrls(s, basic) {
  const urls = [];
  let cursor = null;
  do {
    const q = new URLSearchParams({ entity_type: "shipment_item", entity_id: SHIPMENTS.large, limit: "100" });
    if (cursor) q.set("cursor", cursor);
    const page = await (await fetch(`${s.origin}/v1/media/search?${q}`, { headers: { authorization: basic } })).json();
    urls.push(...page.files.map((f) => f.download_url));
    cursor = page.next_cursor;
  } while (cursor);
  return urls;
}

async function drain(res) {
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.byteLength;
  return bytes;
}

/** The same bytes straight from the simulator, `concurrency` photos at a time. */
async function direct(urls, concurrency) {
  let next = 0;
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < urls.length) bytes += await drain(await fetch(urls[next++]));
    }),
  );
  return { bytes, ms: performance.now() - started };
}

/** client-zip alone, on bytes already in memory: the ceiling its JavaScript CRC-32 sets. */
async function zipCeiling() {
  const chunk = new Uint8Array(65536).map((_, i) => i * 7);
  const n = 4096;
  async function* input() {
    for (let i = 0; i < n; i++) yield chunk;
  }
  const started = performance.now();
  let bytes = 0;
  for await (const c of makeZip([{ name: "a", size: n * chunk.length, input: input() }])) bytes += c.byteLength;
  return bytes / MB / ((performance.now() - started) / 1000);
}

/** One pack through the app: first byte, throughput, the server's RSS sampled every 100 ms, CPU. */
async function pack(app, cookie, sink) {
  const before = rssMb(app.pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(app.pid));
  }, 100);
  try {
    return await measured(app, cookie, sink, before, () => peak);
  } finally {
    clearInterval(sampler);
  }
}

async function measured(app, cookie, sink, before, peak) {
  const cpuBefore = cpuSeconds(app.pid);
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const res = await fetch(`${app.base}/api/shipments/${SHIPMENTS.large}/evidence.zip`, { headers: { cookie } });
  const reader = res.body.getReader();
  const first = await reader.read();
  const firstByte = performance.now() - started;
  let bytes = first.value?.byteLength ?? 0;
  await sink?.write(first.value);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (sink) await sink.write(value);
  }
  const ms = performance.now() - started;
  const own = process.cpuUsage(ownBefore);
  return {
    status: res.status,
    stated: Number(res.headers.get("content-length")),
    bytes,
    ms,
    firstByte,
    growth: peak() - before,
    // Shares of one core: the app's server, and this process (the simulator and the reader).
    appCpu: (cpuSeconds(app.pid) - cpuBefore) / (ms / 1000),
    benchCpu: (own.user + own.system) / 1e6 / (ms / 1000),
  };
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure14({ basic, row, verdict }) {
  const photos = 300;
  const s = await startSim({ largePhotos: photos, largePhotoBytes: 8 * MB });
  const app = await startApp({ port: 3419, simOrigin: s.origin });
  try {
    const cookie = await signIn(app.base);
    const urls = await photoUrls(s, basic);
    // Warm both paths once with a small pack, then measure.
    await drain(await fetch(`${app.base}/api/shipments/${SHIPMENTS.neighbour}/evidence.zip`, { headers: { cookie } }));
    const one = await direct(urls, 1);
    const four = await direct(urls, 4);
    const p = await pack(app, cookie);
    const ceiling = await zipCeiling();
    const mbps = (bytes, ms) => bytes / MB / (ms / 1000);
    const ours = mbps(p.bytes, p.ms);
    const base = mbps(one.bytes, one.ms);
    row(
      "14 evidence pack",
      `${photos} × 8 MB (${round(p.bytes / 1024 ** 3, 2)} GiB) through the app: throughput (Content-Length ${p.stated === p.bytes ? "matches" : `is ${p.stated}, got ${p.bytes}`})`,
      `${round(ours, 0)} MB/s (${round(p.ms / 1000, 1)} s)`,
      "≥ 80 % of direct",
      `direct from the simulator: ${round(base, 0)} MB/s one at a time, ${round(mbps(four.bytes, four.ms), 0)} MB/s four at a time; ours = ${round((100 * ours) / base, 0)} %. CPU during the pack: app server ${round(100 * p.appCpu, 0)} % of a core, simulator + reader ${round(100 * p.benchCpu, 0)} %; client-zip alone on in-memory bytes: ${round(ceiling, 0)} MB/s`,
      verdict(ours >= 0.8 * base && p.stated === p.bytes, `${round((100 * ours) / base, 0)} %`),
    );
    row(
      "14 evidence pack",
      "server RSS growth while the 2.4 GB pack streams (peak − before)",
      `${round(p.growth, 1)} MB`,
      "≤ 64 MB",
      "",
      verdict(p.growth <= 64, `${round(p.growth - 64, 1)} MB`),
    );
    row(
      "14 evidence pack",
      "first byte of the pack (request → first chunk; includes the report and its thumbnails)",
      `${round(p.firstByte, 0)} ms`,
      "≤ 300 ms",
      "",
      verdict(p.firstByte <= 300, `${round(p.firstByte - 300, 0)} ms`),
    );
  } finally {
    await app.stopped();
    await s.close();
  }

  if (process.env.BENCH_FULL !== "1") {
    row("14 evidence pack", "a pack past 4 GiB (ZIP64) completes and verifies", "skipped", "BENCH_FULL=1", "", "");
    return;
  }
  const big = await startSim({ largePhotos: 640, largePhotoBytes: 8 * MB });
  const bigApp = await startApp({ port: 3419, simOrigin: big.origin });
  const dir = mkdtempSync(path.join(tmpdir(), "spr-zip64-"));
  try {
    const cookie = await signIn(bigApp.base);
    const file = path.join(dir, "pack.zip");
    const out = createWriteStream(file);
    const sink = Writable.toWeb(out).getWriter();
    const p = await pack(bigApp, cookie, sink);
    await sink.close();
    const test = execFileSync("unzip", ["-tq", file], { encoding: "utf8" }).trim();
    row(
      "14 evidence pack",
      `640 × 8 MB (${round(p.bytes / 1024 ** 3, 2)} GiB, ZIP64) through the app, checked with unzip -t`,
      `${round(p.bytes / MB / (p.ms / 1000), 0)} MB/s; ${test}`,
      "completes and verifies",
      "",
      verdict(p.stated === p.bytes && /No errors/.test(test)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await bigApp.stopped();
    await big.close();
  }
}
