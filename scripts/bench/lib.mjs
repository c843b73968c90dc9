// Shared by the benchmark figures (scripts/bench/) and `npm run loadtest`: the simulator and production servers on
// loopback, a signed-in session, and process memory readings.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { searchPath, startSim as startSimulator } from "../../sitoo-sim/test-helpers.mjs";
import { appEnv } from "../app-env.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { startNext } from "../next-start.mjs";
import { signInAs } from "../sign-in.mjs";

export const USER = ["bench", "bench-password-1"];

export function requireBuild() {
  if (!existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
}

/** The simulator on a free loopback port, with its control calls (shared with the unit tests). */
export const startSim = startSimulator;

/** Starts `next start` on a port against the simulator; resolves once /api/health answers. */
export async function startApp({ port, simOrigin, extra = {}, nodeArgs = [] }) {
  // Each app its own embedded database unless told otherwise (PGlite is one process per directory).
  const dataDir = extra.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), `spr-bench-${port}-`));
  // No background Shipments sync unless a figure asks: its calls would count in other figures.
  const env = appEnv({
    simOrigin,
    users: [USER],
    extra: { LOG_LEVEL: "warn", DATA_DIR: dataDir, SYNC_INTERVAL_SECONDS: "0", ...extra },
  });
  const app = startNext({ port, env, stdio: ["ignore", "ignore", "inherit"], nodeArgs });
  await app.ready(20_000);
  const exited = new Promise((resolve) => app.child.on("exit", resolve));
  return {
    base: app.base,
    pid: app.child.pid,
    dataDir,
    stop: app.stop,
    /** Stops the server and resolves once it has exited. */
    stopped: () => {
      app.stop();
      return exited;
    },
  };
}

/** Signs the benchmark user in; returns the Cookie header value. */
export const signIn = (base) => signInAs(base, USER);

export async function browser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, "--enable-precise-memory-info"] });
}

/**
 * A new page in `context`, once the browser has finished opening it. In this headless Chromium every
 * new context opens a window, and the window's own interface (the address bar's suggestion popup,
 * a WebUI page with a renderer of its own) loads for 300–500 ms at up to 1.7 cores: work a
 * reviewer's browser did when it started, not when a page loads. A load timed during it shared two
 * cores with it (measured 2026-11-25: the baseline 66 → 44 ms, the review's first thumbnail 366 → 312
 * ms), so every timed load waits for the browser's processes to go quiet first.
 */
export async function openPage(context) {
  const page = await context.newPage();
  await browserQuiet();
  return page;
}

/**
 * Resolves once the browser's processes (any process whose program is named chromium or chrome)
 * have used at most 10 ms of CPU in each of two successive 100 ms windows, or after `maxMs`.
 * Reads /proc: on a system without it, resolves at once.
 */
export async function browserQuiet(maxMs = 5_000) {
  if (!existsSync("/proc/self/stat")) return;
  const browserCpu = () => {
    let sum = 0;
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const program = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0];
        if (/(^|\/)(chromium|chrome)$/.test(program)) sum += cpuSeconds(pid);
      } catch {} // the process ended while we read it
    }
    return sum;
  };
  const until = Date.now() + maxMs;
  let previous = browserCpu();
  let quiet = 0;
  while (quiet < 2 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = browserCpu();
    quiet = now - previous < 0.015 ? quiet + 1 : 0; // at most one 10 ms tick
    previous = now;
  }
}

/** A browser context carrying the session cookie for `base`. */
export async function signedInContext(b, base, cookie) {
  const context = await b.newContext({ viewport: { width: 1024, height: 768 } });
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name, value: value.join("="), url: base }]);
  return context;
}

/** CPU seconds a process has used so far (user + system), from /proc (Linux); 0 once it has ended. */
export function cpuSeconds(pid) {
  try {
    // utime and stime: fields 14 and 15, counted after the parenthesised command name, in clock
    // ticks of 10 ms (Linux's USER_HZ).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/**
 * The same-run baseline for page figures: the same browser loading a static page (served from
 * loopback) that holds one thumbnail from the simulator, navigation start → that thumbnail
 * painted; the median of `runs`. What any page showing a Sitoo thumbnail costs on this machine
 * today, so figures can be stated against it rather than against absolute times. Opened as every
 * timed page is (`openPage`).
 */
export async function thumbnailBaseline(chrome, s, runs = 5) {
  const search = await (await s.get(`${searchPath("2MB410K77")}&limit=1`)).json();
  const src = search.files.find((f) => f.thumbnail_url)?.thumbnail_url;
  if (!src) throw new Error("the simulator gave no thumbnail for the baseline");
  const html = `<!doctype html><html lang="en"><title>baseline</title><body><img alt="" width="256" height="256" referrerpolicy="no-referrer" src="${src.replace(/"/g, "&quot;")}"></body></html>`;
  const server = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  try {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await chrome.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await openPage(context);
      await page.addInitScript(FIRST_THUMBNAIL_PROBE);
      await page.goto(url);
      times.push(await firstThumbnailTime(page));
      await context.close();
    }
    return median(times);
  } finally {
    server.close();
  }
}

/**
 * Records when the page's first thumbnail is painted (ms from navigation start): the Element Timing
 * render time of the first image with a simulator thumbnail URL. Every image is marked for Element
 * Timing as the parser or React puts it in the document, before it can be painted, so the pages
 * measured need no attribute of their own. (Until 2026-11-25 this was the image's `decode()`, which
 * also resolves for an image the page has not shown yet: one in a streamed part React reveals later.)
 */
export const FIRST_THUMBNAIL_PROBE = () => {
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const img of node.matches("img") ? [node] : node.querySelectorAll("img"))
          if (!img.hasAttribute("elementtiming")) img.setAttribute("elementtiming", "first-thumbnail-probe");
      }
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.url.includes("/thumbnail") && window.__firstThumb === undefined)
        window.__firstThumb = entry.renderTime || entry.loadTime;
  }).observe({ type: "element", buffered: true });
};

export async function firstThumbnailTime(page, timeout = 20_000) {
  await page.waitForFunction(() => window.__firstThumb !== undefined, null, { timeout });
  return page.evaluate(() => window.__firstThumb);
}

/** The page's first contentful paint, in ms from navigation start (waits for it). */
export function firstContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === "first-contentful-paint");
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: "paint", buffered: true }),
      ),
  );
}
