import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures";
import settings from "./support/settings.json" with { type: "json" };
import { type Fault, SHIPMENTS } from "./support/sim";

// The app under test runs with these known credentials (scripts/app-env.mjs); none of them may
// ever reach a browser or a log.
const PASSWORD = "sim-password";
const BASIC = Buffer.from(`sim-api-id:${PASSWORD}`).toString("base64");
const SECRETS = [PASSWORD, BASIC, `Basic ${BASIC}`];

function expectClean(text: string, where: string) {
  for (const secret of SECRETS) expect(text.includes(secret), `${where} contains a credential`).toBe(false);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test("no file the browser can download holds the Sitoo credentials", () => {
  const statics = files(".next/static");
  expect(statics.length).toBeGreaterThan(10);
  for (const file of statics) expectClean(readFileSync(file, "latin1"), file);
});

const FAULTS: Fault[] = [
  { kind: "status", status: 400 },
  { kind: "status", status: 401 },
  { kind: "status", status: 403 },
  { kind: "status", status: 404 },
  { kind: "status", status: 409 },
  { kind: "status", status: 429, retry_after: 0 },
  { kind: "status", status: 429 },
  { kind: "status", status: 500 },
  { kind: "status", status: 502 },
  { kind: "status", status: 503 },
  { kind: "status", status: 504 },
  { kind: "malformed" },
  { kind: "missing_field" },
  { kind: "empty" },
  { kind: "reset" },
];

test("no page, API answer, header or log line holds the credentials, under every fault", async ({ page, sim }) => {
  test.setTimeout(120_000);
  const apiPaths = [
    `/api/shipments/${SHIPMENTS.neighbour}/photos`,
    `/api/shipments/${SHIPMENTS.neighbour}/products`,
    "/api/photos/00000000-0000-4000-8000-000000000000",
    "/api/photos/not-a-uuid",
    "/api/shipments/bad%7Cid/photos",
  ];
  const check = async (path: string, label: string) => {
    const res = await page.request.get(path);
    expectClean(await res.text(), `${label} ${path} body`);
    expectClean(JSON.stringify(res.headersArray()), `${label} ${path} headers`);
    return res.status();
  };
  for (const path of ["/login", "/", `/shipments/${SHIPMENTS.main}`]) await check(path, "page");
  for (const path of apiPaths) expect(await check(path, "no fault")).toBeLessThan(500);
  for (const fault of FAULTS) {
    for (const service of ["media", "rest"] as const) {
      await sim.fault({ service, ...fault });
      for (const path of apiPaths) await check(path, `${service} ${JSON.stringify(fault)}`);
      await sim.clearFaults();
    }
  }
  // The browser itself, through a full review with the catalog and the viewer.
  const seen: string[] = [];
  // A response still arriving as the test ends (a refetch) has no headers left to read: not a leak.
  page.on("response", (res) =>
    res.allHeaders().then(
      (headers) => seen.push(JSON.stringify(headers)),
      () => {},
    ),
  );
  await page.goto(`/shipments/${SHIPMENTS.main}`);
  await expect(page.getByTestId("summary-photos")).toHaveText("16");
  for (const headers of seen) expectClean(headers, "browser response headers");
  expectClean(await page.content(), "rendered DOM");
  // Logs carry request ids and paths, never an Authorization header.
  const log = readFileSync(`.e2e/app-${settings.appPort}.log`, "utf8");
  expect(log).toContain("sitoo call");
  expectClean(log, "server log");
});
