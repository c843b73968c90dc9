// Figure 16: Lighthouse (12.8.2) on the pages a reviewer lives in, signed in: the review page of
// 1RT823V93, the worklist, and the viewer open on a photo; mobile (Lighthouse's default: a
// mid-range phone on slow 4G, simulated) and desktop. Each run in a fresh headless Chromium. Two
// floors in the same run: Next.js alone (scripts/bench/floor-app: one server-rendered form, nothing
// of ours), and our sign-in page (our layout, styles and messages around a form).
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { searchPath } from "../../sitoo-sim/test-helpers.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { signIn, startApp } from "./lib.mjs";

const FLOOR_APP = path.resolve("scripts/bench/floor-app");

/**
 * Builds the framework-floor app with the project's Next and React and starts it on `port`. It is
 * built in a folder of its own: inside the project, Next would take in the project's own
 * `instrumentation.ts`. node_modules is hard-linked there (Turbopack refuses a node_modules that is
 * a symbolic link out of the app's folder), so both must be on one file system.
 */
async function startFloorApp(port) {
  const dir = mkdtempSync(path.join(tmpdir(), "spr-floor-"));
  cpSync(FLOOR_APP, dir, { recursive: true, filter: (src) => !src.split(path.sep).includes(".next") });
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const linked = spawnSync("cp", ["-al", path.resolve("node_modules"), path.join(dir, "node_modules")], {
    stdio: "ignore",
  });
  if (linked.status !== 0) {
    remove();
    throw new Error(`could not hard-link node_modules into ${dir} (is it on another file system?)`);
  }
  // Run from its folder, with its own (linked) Next: from the project, Next's build loads React from
  // the project's node_modules as well as the app's, and two copies of React fail the build.
  const next = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  const options = { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } };
  const built = spawnSync(process.execPath, [next, "build"], { ...options, stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) {
    remove();
    throw new Error(`the floor app did not build (exit ${built.status})`);
  }
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    ...options,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    remove();
  };
  const base = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) break;
    if ((await fetch(base).catch(() => null))?.ok) return { base, stop };
  }
  await stop();
  throw new Error(`the floor app on ${base} did not answer within 20 s (exit ${child.exitCode})`);
}

const CATEGORIES = ["performance", "accessibility", "best-practices"];

async function audit(url, cookie, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(
      url,
      // The session cookie rides on every request (Lighthouse's documented way into a signed-in page).
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        extraHeaders: cookie ? { cookie } : {},
      },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse gave no report");
    if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = (id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
    const ms = (id) => Math.round(lhr.audits[id]?.numericValue ?? 0);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcp: ms("largest-contentful-paint"),
      tbt: ms("total-blocking-time"),
      cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0,
      misses: [...failing("accessibility"), ...failing("best-practices")],
    };
  } finally {
    chrome.kill();
  }
}

/**
 * One audit; a run Lighthouse itself could not record (its trace lost the navigation, say:
 * NO_NAVSTART) is run again, up to twice, and then the error stands.
 */
async function auditAgainOnError(url, cookie, formFactor) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(url, cookie, formFactor);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`Lighthouse, ${url} (${formFactor}): ${error.message}; running it again`);
    }
  }
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure16({ s, row, verdict }) {
  // A server of its own with the product's defaults (figure 10 has stopped the shared one).
  const appA = await startApp({ port: 3417, simOrigin: s.origin });
  // Without the framework's floor (it could not be built here: say, node_modules on another file
  // system than the temporary folder), the figure goes on with ours and says why.
  const floor = await startFloorApp(3418).catch((error) => {
    row("16 Lighthouse", "Next.js alone (framework floor)", `not measured: ${error.message}`);
    return null;
  });
  try {
    await audits(s, appA, await signIn(appA.base), floor?.base, row, verdict);
  } finally {
    await floor?.stop();
    await appA.stopped();
  }
}

async function audits(s, appA, cookieA, floorBase, row, verdict) {
  const search = await (await s.get(searchPath("1RT823V93"))).json();
  const photo = search.files.find((f) => f.status === "ready")?.file_id;
  const pages = [
    // The framework's floor: what Next.js and React alone score here today (median of three).
    floorBase && {
      name: "Next.js alone (framework floor)",
      base: floorBase,
      path: "/",
      perf: null,
      signedOut: true,
      runs: 3,
      reference: true,
    },
    // Our floor: the sign-in page, a form inside our layout, styles and messages.
    { name: "sign-in (our floor)", path: "/login", perf: null, signedOut: true },
    { name: "review", path: "/shipments/1RT823V93", perf: { mobile: 90, desktop: 97 } },
    { name: "worklist", path: "/", perf: null },
    { name: "viewer", path: `/shipments/1RT823V93?photo=${encodeURIComponent(photo ?? "")}`, perf: null },
  ].filter(Boolean);
  // A first visit warms the server's caches, as a reviewer's colleague would have.
  for (const p of pages) await fetch(`${p.base ?? appA.base}${p.path}`, { headers: { cookie: cookieA } });
  for (const p of pages) {
    for (const formFactor of ["mobile", "desktop"]) {
      // A page with a target, and the framework's floor, is audited three times and the run with the
      // median performance score is reported (Lighthouse's own advice: one run varies by several
      // points on a busy machine).
      const runs = [];
      for (let i = 0; i < (p.runs ?? (p.perf ? 3 : 1)); i++)
        runs.push(await auditAgainOnError(`${p.base ?? appA.base}${p.path}`, p.signedOut ? "" : cookieA, formFactor));
      runs.sort((a, b) => a.performance - b.performance);
      const median = runs[Math.floor(runs.length / 2)];
      // Accessibility and best practices must hold in every run.
      const r = {
        ...median,
        accessibility: Math.min(...runs.map((x) => x.accessibility)),
        bestPractices: Math.min(...runs.map((x) => x.bestPractices)),
        misses: [...new Set(runs.flatMap((x) => x.misses))],
      };
      const spread = runs.length > 1 ? `; ${runs.length} runs: ${runs.map((x) => x.performance).join(", ")}` : "";
      const perfTarget = p.perf?.[formFactor];
      const measured = `performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices} (LCP ${r.lcp} ms, TBT ${r.tbt} ms, CLS ${r.cls.toFixed(3)}${spread})`;
      const ok =
        r.accessibility === 100 && r.bestPractices === 100 && (perfTarget === undefined || r.performance >= perfTarget);
      if (p.reference) {
        // Not ours to pass or fail: the figure the others are read against.
        row("16 Lighthouse", `${p.name}, ${formFactor}`, measured);
        continue;
      }
      row(
        "16 Lighthouse",
        `${p.name}, ${formFactor}`,
        measured,
        `${perfTarget ? `performance ≥ ${perfTarget}, ` : ""}accessibility 100, best practices 100`,
        "",
        verdict(
          ok,
          r.misses.length ? r.misses.join(", ") : perfTarget ? `performance ${perfTarget - r.performance}` : "",
        ),
      );
    }
  }
}
