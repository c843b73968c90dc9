// Figure 3: Time to first thumbnail, against a baseline taken in the same run (a static page
// showing one thumbnail from the simulator), at 100 ms and at 3 s of upstream latency.
import {
  FIRST_THUMBNAIL_PROBE,
  firstContentfulPaint,
  firstThumbnailTime,
  median,
  openPage,
  round,
  signedInContext,
  thumbnailBaseline,
} from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure3(ctx) {
  const { s, appB, cookieB, chrome, row, verdict, shared } = ctx;
  const baseline = await thumbnailBaseline(chrome, s);
  shared.thumbnailBaseline = baseline;
  row(
    "3 first thumbnail",
    "baseline: static page with one simulator thumbnail (median of 5)",
    `${round(baseline, 0)} ms`,
  );

  // The framework's floor in the same run: the sign-in page (no data, none of our components but a
  // form) from navigation start to its first contentful paint. No page of this build paints sooner.
  const paints = [];
  for (let i = 0; i < 5; i++) {
    const context = await chrome.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await openPage(context);
    await page.goto(`${appB.base}/login`);
    paints.push(await firstContentfulPaint(page));
    await context.close();
  }
  const floor = median(paints);
  row(
    "3 first thumbnail",
    "floor: the sign-in page's first contentful paint, this build (median of 5)",
    `${round(floor, 0)} ms (baseline + ${round(floor - baseline, 0)} ms)`,
  );

  const measure = async (latency, runs, timeout) => {
    await s.fault({ service: "media", kind: "latency", latency_ms: latency, path_prefix: "/v1/media/search" });
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await signedInContext(chrome, appB.base, cookieB);
      const page = await openPage(context);
      await page.addInitScript(FIRST_THUMBNAIL_PROBE);
      await page.goto(`${appB.base}/shipments/2MB410K77`, { waitUntil: "commit" });
      times.push(await firstThumbnailTime(page, timeout));
      await context.close();
    }
    await s.clearFaults();
    return median(times);
  };

  const quick = await measure(100, 5, 20_000);
  shared.firstThumbnail = quick;
  const quickTarget = baseline + 300;
  row(
    "3 first thumbnail",
    "100 ms upstream: navigation start → painted (median of 5)",
    `${round(quick, 0)} ms (baseline + ${round(quick - baseline, 0)} ms)`,
    `≤ baseline + 300 ms = ${round(quickTarget, 0)} ms`,
    `baseline + 100 ms = ${round(baseline + 100, 0)} ms`,
    verdict(quick <= quickTarget, `${round(quick - quickTarget, 0)} ms`),
  );

  // The page's shell goes out at once and the first page streams in when Sitoo answers.
  const slow = await measure(3_000, 3, 30_000);
  row(
    "3 first thumbnail",
    "3 s upstream latency: navigation start → painted (median of 3)",
    `${round(slow, 0)} ms (baseline + 3 s + ${round(slow - baseline - 3000, 0)} ms)`,
    "≤ 3500 ms",
    `baseline + 3000 ms = ${round(baseline + 3000, 0)} ms`,
    verdict(slow <= 3500, `${round(slow - 3500, 0)} ms`),
  );
}
