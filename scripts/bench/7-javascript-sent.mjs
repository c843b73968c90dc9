// Figure 7: JavaScript sent.
import { round, signedInContext } from "./lib.mjs";

// The review page's whole script (framework included, gzip) in the last run before next-intl came
// in (BENCHMARKS.md at 8de5391: a 135.9 KB floor + 47.3 KB of ours). The floor now carries
// next-intl's runtime too (the root layout provides it to every page), so its growth is measured
// on the whole: at most 12 KB more.
const BEFORE_I18N_KB = 183.2;
const I18N_BUDGET_KB = 12;

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure7({ appA, cookieA, chrome, row, verdict }) {
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
    const total = await jsBytes(url, signedIn);
    const kb = total - floor;
    if (name === "review") {
      const growth = total - BEFORE_I18N_KB;
      row(
        "7 JS sent",
        `review: all scripts, growth since before next-intl (${BEFORE_I18N_KB} KB)`,
        `${round(total)} KB (${growth >= 0 ? "+" : ""}${round(growth)} KB)`,
        `≤ +${I18N_BUDGET_KB} KB`,
        "+0 KB",
        verdict(growth <= I18N_BUDGET_KB, `${round(growth - I18N_BUDGET_KB)} KB`),
      );
    }
    row(
      "7 JS sent",
      `${name}: on top of the floor`,
      `${round(kb)} KB`,
      `≤ ${budget} KB`,
      "0 KB",
      verdict(kb <= budget, `${round(kb - budget)} KB`),
    );
  }
}
