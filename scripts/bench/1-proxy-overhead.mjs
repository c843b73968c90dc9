// Figure 1: Proxy overhead.
import { round } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure1({ s, appB, cookieB, basic, cannon, shared, row, verdict }) {
  const direct = `${s.origin}/v1/media/search?entity_type=shipment_item&entity_id=1RT823V9&limit=100`;
  const proxied = `${appB.base}/api/shipments/1RT823V9/photos`;
  for (const connections of [1, 50]) {
    const d = await cannon({ url: direct, connections, headers: { authorization: basic } });
    const p = await cannon({ url: proxied, connections, headers: { cookie: cookieB } });
    if (connections === 1) shared.uncachedP50 = p.latency.p50;
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
}
