import { expect, test } from "./fixtures";
import { type Fault, SHIPMENTS } from "./support/sim";

// The fault matrix: for each upstream fault, what the API answers, how many times the server
// tried Sitoo (retries only where safe, at most three), and what the page shows. Nothing crashes.
interface Case {
  name: string;
  fault: Fault;
  status: number;
  code: string;
  message: RegExp;
  tries: [number, number];
}

const cases: Case[] = [
  {
    name: "400",
    fault: { kind: "status", status: 400 },
    status: 400,
    code: "INVALID_REQUEST",
    message: /rejected the request \(HTTP 400\)/,
    tries: [1, 1],
  },
  {
    name: "401",
    fault: { kind: "status", status: 401 },
    status: 502,
    code: "UPSTREAM_AUTH_FAILED",
    message: /refused the dashboard's/,
    tries: [1, 1],
  },
  {
    name: "403",
    fault: { kind: "status", status: 403 },
    status: 502,
    code: "UPSTREAM_AUTH_FAILED",
    message: /refused the dashboard's/,
    tries: [1, 1],
  },
  {
    name: "404",
    fault: { kind: "status", status: 404 },
    status: 404,
    code: "FILE_NOT_FOUND",
    message: /no such file/,
    tries: [1, 1],
  },
  {
    name: "409",
    fault: { kind: "status", status: 409 },
    status: 400,
    code: "INVALID_REQUEST",
    message: /HTTP 409/,
    tries: [1, 1],
  },
  {
    name: "429 with Retry-After",
    fault: { kind: "status", status: 429, retry_after: 0 },
    status: 429,
    code: "RATE_LIMITED",
    message: /rate-limiting/,
    tries: [3, 3],
  },
  {
    name: "429 without Retry-After",
    fault: { kind: "status", status: 429 },
    status: 429,
    code: "RATE_LIMITED",
    message: /rate-limiting/,
    tries: [3, 3],
  },
  {
    name: "500",
    fault: { kind: "status", status: 500 },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /HTTP 500/,
    tries: [1, 1],
  },
  {
    name: "502",
    fault: { kind: "status", status: 502 },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /HTTP 502/,
    tries: [3, 3],
  },
  {
    name: "503",
    fault: { kind: "status", status: 503 },
    status: 503,
    code: "UPSTREAM_UNAVAILABLE",
    message: /unavailable/,
    tries: [3, 3],
  },
  {
    name: "504",
    fault: { kind: "status", status: 504 },
    status: 504,
    code: "UPSTREAM_TIMEOUT",
    message: /timed out/,
    tries: [3, 3],
  },
  {
    name: "malformed JSON",
    fault: { kind: "malformed" },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /not valid JSON/,
    tries: [1, 1],
  },
  {
    name: "a missing required field",
    fault: { kind: "missing_field" },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /files\.0\.file_id/,
    tries: [1, 1],
  },
  {
    name: "an empty body",
    fault: { kind: "empty" },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /not valid JSON/,
    tries: [1, 1],
  },
  {
    name: "a connection reset",
    fault: { kind: "reset" },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /Could not reach/,
    tries: [3, 3],
  },
  {
    name: "a hang",
    fault: { kind: "hang" },
    status: 504,
    code: "UPSTREAM_TIMEOUT",
    message: /did not answer in time/,
    tries: [2, 3],
  },
];

for (const c of cases) {
  test(`upstream ${c.name}: API ${c.status} ${c.code}, ${c.tries.join("–")} tries, and the page offers a retry`, async ({
    page,
    review,
    sim,
  }) => {
    await sim.fault({ service: "media", ...c.fault });
    await sim.clearRequests();
    const started = Date.now();
    const res = await page.request.get(`/api/shipments/${SHIPMENTS.neighbour}/photos`);
    // The deadline (6 s in the test app) bounds every answer, the hang included.
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(res.status()).toBe(c.status);
    const body = await res.json();
    expect(body.error_code).toBe(c.code);
    expect(body.error_data.message).toMatch(c.message);
    expect(res.headers()["x-request-id"]).toBe(body.request_id);
    const tries = (await sim.requests()).filter((r) => r.path === "/v1/media/search").length;
    expect(tries).toBeGreaterThanOrEqual(c.tries[0]);
    expect(tries).toBeLessThanOrEqual(c.tries[1]);

    await review.open(SHIPMENTS.neighbour);
    const alert = page.locator("main [role=alert]");
    await expect(alert).toContainText(c.message, { timeout: 30_000 });
    await expect(alert).toContainText(/Request ID: [0-9a-f-]{36}/);
    await sim.clearFaults();
    await alert.getByRole("button", { name: "Retry" }).click();
    await review.waitForComplete(3);
  });
}

test("upstream 429 then success: the server retries and the page just works", async ({ page, review, sim }) => {
  await sim.clearRequests();
  await sim.fault({ service: "media", kind: "status", status: 429, retry_after: 1, count: 1 });
  await review.open(SHIPMENTS.neighbour);
  await review.waitForComplete(3);
  await expect(page.locator("main [role=alert]")).toHaveCount(0);
  const searches = (await sim.requests()).filter((r) => r.path === "/v1/media/search");
  // The review list and the catalog's SKU lookup both search; whichever met the 429 was retried.
  expect(searches.filter((r) => r.status === 429)).toHaveLength(1);
  expect(searches.filter((r) => r.status !== 429).every((r) => r.status === 200)).toBe(true);
  expect(searches.length).toBeGreaterThanOrEqual(2);
});

test("a slow upstream shows a timeout with a retry button, and the retry works", async ({ page, review, sim }) => {
  await sim.fault({ service: "media", kind: "latency", latency_ms: 9_000 });
  await review.open(SHIPMENTS.neighbour);
  const alert = page.locator("main [role=alert]");
  await expect(alert).toContainText("Sitoo timed out", { timeout: 30_000 });
  await sim.clearFaults();
  await alert.getByRole("button", { name: "Retry" }).click();
  await review.waitForComplete(3);
});
