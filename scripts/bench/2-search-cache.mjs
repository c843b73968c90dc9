// Figure 2: Server cache and single-flight.
import { round } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure2({ s, appA, cookieA, cannon, shared, row, verdict }) {
  await s.clearRequests();
  const burst = await Promise.all(
    Array.from({ length: 50 }, () =>
      fetch(`${appA.base}/api/shipments/2MB410K77/photos`, { headers: { cookie: cookieA } }),
    ),
  );
  // Counted for this shipment only: figure 1's last requests may still be draining upstream.
  const searchesOf = async (id) =>
    (await s.requests()).filter((r) => r.path === "/v1/media/search" && r.query.entity_id === id).length;
  const burstCalls = await searchesOf("2MB410K77");
  row(
    "2 cache",
    "upstream calls for 50 simultaneous searches",
    `${burstCalls} (${burst.filter((r) => r.ok).length} answered)`,
    "1",
    "1",
    verdict(burstCalls === 1),
  );
  await s.clearRequests();
  const cached = await cannon({
    url: `${appA.base}/api/shipments/2MB410K77/photos`,
    connections: 1,
    duration: 5,
    headers: { cookie: cookieA },
  });
  const repeatCalls = await searchesOf("2MB410K77");
  row(
    "2 cache",
    "cached p50 / uncached p50",
    `${cached.latency.p50} ms / ${shared.uncachedP50} ms (${round(cached.latency.p50 / Math.max(shared.uncachedP50, 0.01), 2)}×)`,
  );
  row(
    "2 cache",
    `upstream calls for ${cached.requests.total} repeats in 5 s`,
    String(repeatCalls),
    "≤ 1 per 15 s",
    "",
    verdict(repeatCalls <= 1),
  );
  await s.configure({ url_lifetime_seconds: 300 });
  await s.clearRequests();
  for (let i = 0; i < 3; i++)
    await fetch(`${appA.base}/api/shipments/1RT823V9/photos`, { headers: { cookie: cookieA } });
  const shortLived = await searchesOf("1RT823V9");
  row(
    "2 cache",
    "URLs expiring within 10 min: 3 searches →",
    `${shortLived} upstream calls`,
    "3 (never cached)",
    "",
    verdict(shortLived === 3),
  );
  await s.configure({ url_lifetime_seconds: 3600 });
}
