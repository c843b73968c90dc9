// Figure 11: what recording searches in the discrepancy index costs a search (server cache off,
// index writes on in app B, off in app C), measured alternately so drift hits both alike.
import { round } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure11({ appB, cookieB, appC, cookieC, cannon, row, verdict }) {
  const url = (app) => `${app.base}/api/shipments/1RT823V93/photos`;
  const p50 = { on: [], off: [] };
  for (let round_ = 0; round_ < 3; round_++) {
    p50.on.push(
      (await cannon({ url: url(appB), connections: 1, duration: 4, headers: { cookie: cookieB } })).latency.p50,
    );
    p50.off.push(
      (await cannon({ url: url(appC), connections: 1, duration: 4, headers: { cookie: cookieC } })).latency.p50,
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[1];
  const on = median(p50.on);
  const off = median(p50.off);
  row(
    "11 index write cost",
    "search p50 with index writes on / off (median of 3 × 4 s)",
    `${on} / ${off} ms`,
    "no measurable difference",
    "",
    verdict(on - off <= 1, `${round(on - off)} ms`),
  );
}
