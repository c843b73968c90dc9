// Figure 3: Time to first thumbnail.
import { median, round, signedInContext } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure3({ s, appB, cookieB, chrome, row, verdict }) {
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
}
