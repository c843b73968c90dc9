// Figure 5: The 5,000-photo shipment.
import { round, signedInContext } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure5({ appA, cookieA, chrome, row, verdict }) {
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
  // The visible text: textContent would include the messages the page carries in its inline script.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  await page.waitForFunction(() => !document.body.innerText.includes("Loading more photos"), null, {
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
