// Figure 18: evidence links. What the outsider's page costs now that every byte passes through
// our server: the first thumbnail on the public page against figure 3's baseline; a pack through
// a link against the staff pack of the same photos, in the same run; the server's CPU per
// thumbnail it proxies, beside the bare health route's per request.
import { SHIPMENTS } from "../../sitoo-sim/client.mjs";
import {
  cpuSeconds,
  FIRST_THUMBNAIL_PROBE,
  firstThumbnailTime,
  median,
  openPage,
  round,
  signIn,
  startApp,
  startSim,
  thumbnailBaseline,
} from "./lib.mjs";

const MB = 1024 * 1024;

async function makeLink(base, cookie, shipmentId) {
  await fetch(`${base}/api/shipments/${shipmentId}/photos`, { headers: { cookie } });
  const res = await fetch(`${base}/api/shipments/${shipmentId}/links`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ party: "supplier", recipient: "bench@example.com" }),
  });
  if (res.status !== 201) throw new Error(`link: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()).url;
}

async function timedDrain(url, headers = {}) {
  const started = performance.now();
  const res = await fetch(url, { headers });
  let bytes = 0;
  for await (const chunk of res.body) bytes += chunk.byteLength;
  return { status: res.status, bytes, ms: performance.now() - started };
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure18({ s, appB, cookieB, appA, cookieA, chrome, row, verdict, shared, cannon }) {
  shared.thumbnailBaseline ??= await thumbnailBaseline(chrome, s);
  const baseline = shared.thumbnailBaseline;

  // 1. The public page, 100 ms added to every media search, no session, a fresh browser each time.
  const url = await makeLink(appB.base, cookieB, "2MB410K77");
  await s.fault({ service: "media", kind: "latency", latency_ms: 100, path_prefix: "/v1/media/search" });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await chrome.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await openPage(context);
    await page.addInitScript(FIRST_THUMBNAIL_PROBE);
    await page.goto(url, { waitUntil: "commit" });
    times.push(await firstThumbnailTime(page, 20_000));
    await context.close();
  }
  await s.clearFaults();
  const first = median(times);
  row(
    "18 evidence links",
    "public page, 100 ms upstream: navigation start → first thumbnail painted (median of 5)",
    `${round(first, 0)} ms (baseline + ${round(first - baseline, 0)} ms)`,
    `≤ baseline + 300 ms = ${round(baseline + 300, 0)} ms`,
    `baseline + 100 ms = ${round(baseline + 100, 0)} ms (figure 3's staff page in this run: ${shared.firstThumbnail ? `${round(shared.firstThumbnail, 0)} ms` : "not run"})`,
    verdict(first <= baseline + 300, `${round(first - baseline - 300, 0)} ms`),
  );

  // 2. A pack through a link beside the staff pack of the same 60 × 8 MB photos.
  const big = await startSim({ largePhotos: 60, largePhotoBytes: 8 * MB });
  const app = await startApp({ port: 3420, simOrigin: big.origin });
  try {
    const cookie = await signIn(app.base);
    const link = await makeLink(app.base, cookie, SHIPMENTS.large);
    const staffUrl = `${app.base}/api/shipments/${SHIPMENTS.large}/evidence.zip`;
    // Warm both paths, then alternate: staff, link, staff, link.
    await timedDrain(`${app.base}/api/shipments/${SHIPMENTS.neighbour}/evidence.zip`, { cookie });
    const staff = [];
    const outside = [];
    for (let i = 0; i < 2; i++) {
      staff.push(await timedDrain(staffUrl, { cookie }));
      outside.push(await timedDrain(`${link}/evidence.zip`));
    }
    const mbps = (runs) => median(runs.map((r) => r.bytes / MB / (r.ms / 1000)));
    const [ours, theirs] = [mbps(outside), mbps(staff)];
    row(
      "18 evidence links",
      `pack through the link, 60 × 8 MB (${round(outside[0].bytes / MB, 0)} MB; median of 2, alternating with staff's)`,
      `${round(ours, 0)} MB/s (${round((100 * ours) / theirs, 0)} % of staff's)`,
      "≥ 80 % of the staff pack",
      `staff pack of the same photos: ${round(theirs, 0)} MB/s`,
      verdict(ours >= 0.8 * theirs && outside.every((r) => r.status === 200), `${round((100 * ours) / theirs, 0)} %`),
    );
  } finally {
    await app.stopped();
    await big.close();
  }

  // 3. CPU per proxied thumbnail: 500 thumbnails through the link on app A (caches on), under the
  // link's limit of 600 a minute, four at a time.
  const thumbUrl = await makeLink(appA.base, cookieA, SHIPMENTS.main);
  const photos = await (
    await fetch(`${appA.base}/api/shipments/${SHIPMENTS.main}/photos`, { headers: { cookie: cookieA } })
  ).json();
  const ready = photos.files.find((f) => f.status === "ready");
  const perRequest = async (path) => {
    const before = cpuSeconds(appA.pid);
    const r = await cannon({ url: `${appA.base}${path}`, connections: 4, amount: 500 });
    return { ms: ((cpuSeconds(appA.pid) - before) * 1000) / Math.max(1, r.requests.total), r };
  };
  const thumbPath = `${new URL(thumbUrl).pathname}/thumbnails/${ready.file_id}`;
  const thumbs = await perRequest(thumbPath);
  const health = await perRequest("/api/health");
  row(
    "18 evidence links",
    "server CPU per thumbnail through a link (link lookup, limits, search cache, CDN fetch, stream)",
    `${round(thumbs.ms, 2)} ms (${round(thumbs.r.requests.average, 0)} req/s, ${thumbs.r.non2xx} not 2xx)`,
    "",
    `the bare /api/health: ${round(health.ms, 2)} ms per request`,
    "",
  );
}
