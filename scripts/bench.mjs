#!/usr/bin/env node
// `npm run bench`: starts the simulator and the production build itself, measures every figure of
// the performance brief in one run, prints a table and writes it to BENCHMARKS.md.
// Benchmarks report numbers; they do not fail on a slow machine. BENCH_QUICK=1 shortens the
// long-open-page figure (5 minutes) to 2 minutes for a quick look.
import { writeFileSync } from "node:fs";
import os from "node:os";
import autocannon from "autocannon";
import { browser, median, requireBuild, round, signedInContext, signIn, startApp, startSim } from "./bench-lib.mjs";

requireBuild();
const rows = [];
const row = (figure, metric, value, target = "", bound = "", verdict = "") => {
  rows.push({ figure, metric, value, target, bound, verdict });
  console.log(`${figure} | ${metric} | ${value} | ${target} | ${bound} | ${verdict}`);
};
const verdict = (ok, miss) => (ok ? "met" : `missed${miss ? ` by ${miss}` : ""}`);

const s = await startSim({ hugePhotos: 5000, maxLimit: 100 });
const basic = `Basic ${Buffer.from("sim-api-id:sim-password").toString("base64")}`;
// A: the product as configured by default (server cache on). B: cache off, to measure the proxy.
const appA = await startApp({ port: 3410, simOrigin: s.origin });
const appB = await startApp({ port: 3411, simOrigin: s.origin, extra: { SITOO_SEARCH_CACHE_SECONDS: "0" } });
const cookieA = await signIn(appA.base);
const cookieB = await signIn(appB.base);
const chrome = await browser();

const cannon = (opts) =>
  new Promise((resolve, reject) => autocannon({ duration: 8, ...opts }, (err, r) => (err ? reject(err) : resolve(r))));

try {
  // 1. Proxy overhead -----------------------------------------------------------------------------
  const direct = `${s.origin}/v1/media/search?entity_type=shipment_item&entity_id=1RT823V9&limit=100`;
  const proxied = `${appB.base}/api/shipments/1RT823V9/photos`;
  let uncachedP50 = 0;
  for (const connections of [1, 50]) {
    const d = await cannon({ url: direct, connections, headers: { authorization: basic } });
    const p = await cannon({ url: proxied, connections, headers: { cookie: cookieB } });
    if (connections === 1) uncachedP50 = p.latency.p50;
    const overhead = p.latency.p50 - d.latency.p50;
    const ratio = p.requests.average / d.requests.average;
    row(
      "1 proxy overhead",
      `c=${connections} direct p50/p99, req/s`,
      `${d.latency.p50}/${d.latency.p99} ms, ${round(d.requests.average, 0)}`,
    );
    row(
      "1 proxy overhead",
      `c=${connections} via app p50/p99, req/s`,
      `${p.latency.p50}/${p.latency.p99} ms, ${round(p.requests.average, 0)} (${p.non2xx} non-2xx)`,
    );
    row(
      "1 proxy overhead",
      `c=${connections} p50 overhead`,
      `${round(overhead)} ms`,
      "≤ 3 ms",
      "0 ms",
      verdict(overhead <= 3, `${round(overhead - 3)} ms`),
    );
    row(
      "1 proxy overhead",
      `c=${connections} throughput vs direct`,
      `${round(ratio * 100, 0)} %`,
      "≥ 80 %",
      "100 %",
      verdict(ratio >= 0.8, `${round(80 - ratio * 100, 0)} points`),
    );
  }

  // 2. Server cache and single-flight ----------------------------------------------------------------
  await s.clearRequests();
  const burst = await Promise.all(
    Array.from({ length: 50 }, () =>
      fetch(`${appA.base}/api/shipments/2MB410K77/photos`, { headers: { cookie: cookieA } }),
    ),
  );
  // Counted for this shipment only: figure 1's last requests may still be draining upstream.
  const searchesOf = async (id) =>
    (await s.requests()).filter((r) => r.path === "/v1/media/search" && r.query.entity_id === id).length;
  const burstCalls = await searchesOf("2MB410K77");
  row(
    "2 cache",
    "upstream calls for 50 simultaneous searches",
    `${burstCalls} (${burst.filter((r) => r.ok).length} answered)`,
    "1",
    "1",
    verdict(burstCalls === 1),
  );
  await s.clearRequests();
  const cached = await cannon({
    url: `${appA.base}/api/shipments/2MB410K77/photos`,
    connections: 1,
    duration: 5,
    headers: { cookie: cookieA },
  });
  const repeatCalls = await searchesOf("2MB410K77");
  row(
    "2 cache",
    "cached p50 / uncached p50",
    `${cached.latency.p50} ms / ${uncachedP50} ms (${round(cached.latency.p50 / Math.max(uncachedP50, 0.01), 2)}×)`,
  );
  row(
    "2 cache",
    `upstream calls for ${cached.requests.total} repeats in 5 s`,
    String(repeatCalls),
    "≤ 1 per 15 s",
    "",
    verdict(repeatCalls <= 1),
  );
  await s.configure({ url_lifetime_seconds: 300 });
  await s.clearRequests();
  for (let i = 0; i < 3; i++)
    await fetch(`${appA.base}/api/shipments/1RT823V9/photos`, { headers: { cookie: cookieA } });
  const shortLived = await searchesOf("1RT823V9");
  row(
    "2 cache",
    "URLs expiring within 10 min: 3 searches →",
    `${shortLived} upstream calls`,
    "3 (never cached)",
    "",
    verdict(shortLived === 3),
  );
  await s.configure({ url_lifetime_seconds: 3600 });

  // 3. Time to first thumbnail ---------------------------------------------------------------------
  await s.fault({ service: "media", kind: "latency", latency_ms: 100 });
  const firstThumbs = [];
  for (let i = 0; i < 5; i++) {
    const context = await signedInContext(chrome, appB.base, cookieB);
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener(
        "load",
        (e) => {
          const el = e.target;
          if (el instanceof HTMLImageElement && el.src.includes("/thumbnail.jpg") && !window.__firstThumb)
            el.decode().then(() => {
              window.__firstThumb ??= performance.now();
            });
        },
        true,
      );
    });
    await page.goto(`${appB.base}/shipments/2MB410K77`);
    await page.waitForFunction(() => window.__firstThumb !== undefined, null, { timeout: 20_000 });
    firstThumbs.push(await page.evaluate(() => window.__firstThumb));
    await context.close();
  }
  const ttft = median(firstThumbs);
  row(
    "3 first thumbnail",
    "median of 5 (navigation start → decoded)",
    `${round(ttft, 0)} ms`,
    "≤ 500 ms",
    "100 ms + thumbnail",
    verdict(ttft <= 500, `${round(ttft - 500, 0)} ms`),
  );

  // 4. The 640-photo shipment --------------------------------------------------------------------
  const pageSize = 100;
  const bound = Math.ceil(640 / pageSize) * 100;
  const allTiles = [];
  for (let i = 0; i < 3; i++) {
    const context = await signedInContext(chrome, appB.base, cookieB);
    const page = await context.newPage();
    await page.goto(`${appB.base}/shipments/7QX5512K0`);
    await page.waitForFunction(
      () => {
        if (document.querySelectorAll("[data-testid=photo-tile]").length !== 640) return false;
        const inView = [...document.querySelectorAll("[data-testid=photo-tile] img")].filter(
          (img) => img.getBoundingClientRect().top < window.innerHeight,
        );
        return inView.length > 0 && inView.every((img) => img.complete && img.naturalWidth > 0);
      },
      null,
      { timeout: 30_000, polling: "raf" },
    );
    allTiles.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const t640 = median(allTiles);
  const target4 = 1.2 * bound + 500;
  row(
    "4 640 photos",
    "all tiles + first viewport loaded (median of 3)",
    `${round(t640, 0)} ms`,
    `≤ ${target4} ms`,
    `${bound} ms (7 pages × 100 ms)`,
    verdict(t640 <= target4, `${round(t640 - target4, 0)} ms`),
  );
  await s.clearFaults();

  // 5. The 5,000-photo shipment --------------------------------------------------------------------
  {
    const context = await signedInContext(chrome, appA.base, cookieA);
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(`${appA.base}/shipments/BIG5000`);
    await page.getByTestId("summary-photos").filter({ hasText: "5000" }).waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => !document.body.textContent.includes("Loading more photos"), null, {
      timeout: 60_000,
    });
    const domBefore = await page.evaluate(() => document.getElementsByTagName("*").length);
    await page.evaluate(() => {
      window.__longTasks = [];
    });
    let maxDom = domBefore;
    for (let y = 0; ; y += 700) {
      const done = await page.evaluate((top) => {
        window.scrollTo(0, top);
        return top + window.innerHeight >= document.documentElement.scrollHeight;
      }, y);
      await page.waitForTimeout(30);
      maxDom = Math.max(maxDom, await page.evaluate(() => document.getElementsByTagName("*").length));
      if (done) break;
    }
    const longest = await page.evaluate(() => Math.max(0, ...window.__longTasks));
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("Performance.enable");
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize").value / 1024 / 1024;
    row(
      "5 5,000 photos",
      "DOM elements (most while scrolling)",
      String(maxDom),
      "< 3,000",
      "",
      verdict(maxDom < 3000, `${maxDom - 3000}`),
    );
    row(
      "5 5,000 photos",
      "longest task while scrolling top → bottom",
      `${round(longest, 0)} ms`,
      "≤ 100 ms",
      "",
      verdict(longest <= 100, `${round(longest - 100, 0)} ms`),
    );
    row(
      "5 5,000 photos",
      "JS heap after GC",
      `${round(heap)} MB`,
      "< 150 MB",
      "",
      verdict(heap < 150, `${round(heap - 150)} MB`),
    );
    await context.close();
  }

  // 7. JavaScript sent -------------------------------------------------------------------------------
  const jsBytes = async (url, signedIn) => {
    const context = signedIn ? await signedInContext(chrome, appA.base, cookieA) : await chrome.newContext();
    const page = await context.newPage();
    const responses = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") responses.push(r);
    });
    await page.goto(url, { waitUntil: "networkidle" });
    let total = 0;
    for (const r of responses) total += (await r.request().sizes()).responseBodySize;
    await context.close();
    return total / 1024;
  };
  const floor = await jsBytes(`${appA.base}/bench-floor-no-such-page`, true);
  row("7 JS sent", "framework floor (bare 404 page, gzip)", `${round(floor)} KB`);
  for (const [name, url, signedIn, budget] of [
    ["sign-in", `${appA.base}/login`, false, 15],
    ["lookup", `${appA.base}/`, true, 15],
    ["review", `${appA.base}/shipments/1RT823V9`, true, 60],
  ]) {
    const kb = (await jsBytes(url, signedIn)) - floor;
    row(
      "7 JS sent",
      `${name}: on top of the floor`,
      `${round(kb)} KB`,
      `≤ ${budget} KB`,
      "0 KB",
      verdict(kb <= budget, `${round(kb - budget)} KB`),
    );
  }

  // 8. Thumbnail bytes ------------------------------------------------------------------------------
  {
    const context = await signedInContext(chrome, appA.base, cookieA);
    const page = await context.newPage();
    const seen = { full: 0, thumb: 0, thumbBytes: 0 };
    page.on("response", async (r) => {
      if (r.url().includes("/full.jpg")) seen.full++;
      if (r.url().includes("/thumbnail.jpg")) {
        seen.thumb++;
        seen.thumbBytes += (await r.request().sizes()).responseBodySize;
      }
    });
    await page.goto(`${appA.base}/shipments/7QX5512K0`, { waitUntil: "networkidle" });
    await page.waitForTimeout(1000);
    const before = { ...seen };
    row(
      "8 thumbnail bytes",
      "full-size JPEGs before the viewer opens",
      String(before.full),
      "0",
      "0",
      verdict(before.full === 0),
    );
    row(
      "8 thumbnail bytes",
      "thumbnails fetched of 640 without scrolling",
      `${before.thumb} (${round(before.thumbBytes / 1024)} KB)`,
      "only near the viewport",
      "",
      verdict(before.thumb < 200),
    );
    await page.locator("[data-testid=photo-tile]").first().click();
    await page.getByTestId("viewer").getByRole("img").first().waitFor();
    await page.waitForTimeout(500);
    row(
      "8 thumbnail bytes",
      "full-size JPEGs after opening one photo",
      String(seen.full),
      "1",
      "1",
      verdict(seen.full === 1),
    );
    await context.close();
  }

  // 6. Upstream calls while a page stays open (last: it takes minutes) ------------------------------
  {
    const minutes = process.env.BENCH_QUICK ? 2 : 5;
    await s.configure({ url_lifetime_seconds: 60 });
    // Let the server cache forget the hour-long URLs of figure 8's visit first.
    await new Promise((r) => setTimeout(r, 16_000));
    const context = await signedInContext(chrome, appA.base, cookieA);
    const page = await context.newPage();
    await page.goto(`${appA.base}/shipments/7QX5512K0`);
    await page.getByTestId("summary-photos").filter({ hasText: "640" }).waitFor();
    await page.waitForFunction(() => !document.body.textContent.includes("Loading more photos"));
    await page.waitForLoadState("networkidle");
    await s.clearRequests();
    await page.waitForTimeout(minutes * 60_000);
    const log = await s.requests();
    const searches = log.filter((r) => r.path === "/v1/media/search").length;
    const metadata = log.filter((r) => /^\/v1\/media\/[0-9a-f-]{36}$/.test(r.path)).length;
    const forbidden = log.filter((r) => r.service === "cdn" && r.status === 403).length;
    const pages = Math.ceil(640 / 100);
    const needed = pages * ((minutes * 60) / 60);
    row(
      "6 page open",
      `search calls in ${minutes} min (60 s URLs, 640 photos)`,
      String(searches),
      `≤ ${1.2 * needed}`,
      `${needed} (${pages} pages × ${minutes} refreshes)`,
      verdict(searches <= 1.2 * needed, `${searches - 1.2 * needed}`),
    );
    row(
      "6 page open",
      "metadata calls / expired-URL 403s",
      `${metadata} / ${forbidden}`,
      "0 / 0",
      "0",
      verdict(metadata === 0 && forbidden === 0),
    );
    await context.close();
  }
} finally {
  await chrome.close();
  appA.stop();
  appB.stop();
  await s.close();
}

const header = `| figure | measure | value | target | lower bound | verdict |\n|---|---|---|---|---|---|\n`;
const table =
  header +
  rows.map((r) => `| ${r.figure} | ${r.metric} | ${r.value} | ${r.target} | ${r.bound} | ${r.verdict} |`).join("\n");
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const marker = "<!-- bench -->";
let doc;
try {
  doc = (await import("node:fs")).readFileSync("BENCHMARKS.md", "utf8");
} catch {
  doc = `# Benchmarks\n\n${marker}\n${marker}\n`;
}
const [before, , after = ""] = doc.split(marker);
writeFileSync(
  "BENCHMARKS.md",
  `${before}${marker}\nMachine: ${machine}. Written by \`npm run bench\`.\n\n${table}\n${marker}${after}`,
);
console.log(`\n${table}\n\nWritten to BENCHMARKS.md`);
