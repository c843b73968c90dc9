import { expect, test } from "./fixtures";
import { type Fault, SHIPMENTS } from "./support/sim";

// Each upstream fault: what the API answers, and what the page shows. Nothing crashes.
const cases: { name: string; fault: Fault; status: number; code: string; message: RegExp }[] = [
  {
    name: "401",
    fault: { kind: "status", status: 401 },
    status: 502,
    code: "UPSTREAM_AUTH_FAILED",
    message: /refused the dashboard's/,
  },
  { name: "404", fault: { kind: "status", status: 404 }, status: 404, code: "FILE_NOT_FOUND", message: /no such file/ },
  { name: "500", fault: { kind: "status", status: 500 }, status: 502, code: "UPSTREAM_ERROR", message: /HTTP 500/ },
  {
    name: "malformed JSON",
    fault: { kind: "malformed" },
    status: 502,
    code: "UPSTREAM_ERROR",
    message: /not valid JSON/,
  },
  { name: "a hang", fault: { kind: "hang" }, status: 504, code: "UPSTREAM_TIMEOUT", message: /did not answer in time/ },
];

for (const c of cases) {
  test(`upstream ${c.name}: the API answers ${c.status} ${c.code} and the page offers a retry`, async ({
    page,
    review,
    sim,
  }) => {
    await sim.fault({ service: "media", ...c.fault });
    const res = await page.request.get(`/api/shipments/${SHIPMENTS.neighbour}/photos`);
    expect(res.status()).toBe(c.status);
    const body = await res.json();
    expect(body.error_code).toBe(c.code);
    expect(body.error_data.message).toMatch(c.message);
    expect(res.headers()["x-request-id"]).toBe(body.request_id);

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
