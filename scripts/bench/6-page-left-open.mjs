// Figure 6: Upstream calls while a page stays open.
import { signedInContext } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure6({ s, appA, cookieA, chrome, row, verdict }) {
  const minutes = process.env.BENCH_QUICK ? 2 : 5;
  await s.configure({ url_lifetime_seconds: 60 });
  // Let the server cache forget the hour-long URLs of figure 8's visit first.
  await new Promise((r) => setTimeout(r, 16_000));
  const context = await signedInContext(chrome, appA.base, cookieA);
  const page = await context.newPage();
  await page.goto(`${appA.base}/shipments/7QX5512K0`);
  await page.getByTestId("summary-photos").filter({ hasText: "640" }).waitFor();
  // The visible text: textContent would include the messages the page carries in its inline script.
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  await page.waitForFunction(() => !document.body.innerText.includes("Loading more photos"));
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
