// Figure 7: JavaScript sent.
import { round, signedInContext } from "./lib.mjs";

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
}
