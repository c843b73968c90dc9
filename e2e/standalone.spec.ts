// The standalone build (`output: "standalone"`, completed by scripts/standalone.mjs) runs on its own:
// copied away from the project (no node_modules above it), it starts, answers /api/ready, serves a
// signed-in search, logs one JSON line per request without signed URLs' signatures, serves metrics
// to the token holder only, and stops cleanly on SIGTERM.
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appEnv } from "../scripts/app-env.mjs";
import { signInAs } from "../scripts/sign-in.mjs";
import { expect, test } from "./fixtures";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS, SIM_ORIGIN } from "./support/sim";

const PORT = 3375;
const BASE = `http://127.0.0.1:${PORT}`;
const TOKEN = "metrics-token-for-the-test-0123456789";
const user = settings.users[0] as [string, string];

test("the standalone server runs from a folder of its own", async () => {
  test.setTimeout(90_000);
  const source = path.join(process.cwd(), ".next/standalone");
  expect(existsSync(path.join(source, "server.mjs")), "npm run build writes .next/standalone").toBe(true);
  const dir = mkdtempSync(path.join(tmpdir(), "spr-standalone-"));
  cpSync(source, dir, { recursive: true });
  const env = appEnv({
    simOrigin: SIM_ORIGIN,
    users: [user],
    extra: { DATA_DIR: path.join(dir, "data"), SYNC_INTERVAL_SECONDS: "0", METRICS_TOKEN: TOKEN },
  });
  // Nothing from the project: not its working directory, not its NODE_PATH.
  delete env.NODE_PATH;
  let output = "";
  // Started from elsewhere: server.mjs finds its own folder.
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(dir, "server.mjs"), "-p", String(PORT), "-H", "127.0.0.1"],
    { cwd: tmpdir(), env: env as NodeJS.ProcessEnv },
  );
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    await expect
      .poll(async () => (await fetch(`${BASE}/api/ready`).catch(() => null))?.status, { timeout: 45_000 })
      .toBe(200);
    expect(await (await fetch(`${BASE}/api/ready`)).json()).toEqual({
      ok: true,
      checks: { database: "ok", redis: "off" },
      degraded: false,
    });

    const cookie = await signInAs(BASE, user);
    const photos = await fetch(`${BASE}/api/shipments/${SHIPMENTS.main}/photos`, { headers: { cookie } });
    expect(photos.status).toBe(200);
    const { files } = await photos.json();
    expect(files.length).toBeGreaterThan(0);
    expect(files[0].thumbnail_url).toContain("Signature=");
    const report = await fetch(`${BASE}/api/shipments/${SHIPMENTS.main}/report.pdf`, { headers: { cookie } });
    expect(report.status).toBe(200);
    expect(
      Buffer.from(await report.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    // Metrics: only with the token; upstream calls counted by service.
    expect((await fetch(`${BASE}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${BASE}/api/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    const metrics = await fetch(`${BASE}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toMatch(/spr_upstream_request_duration_seconds_count\{service="media",status="200"\} [1-9]/);
    expect(text).toMatch(/spr_http_requests_total\{method="GET",status="200"\} [1-9]/);
    expect(text).toMatch(/spr_evidence_pack_bytes_total 0/);

    // One JSON line per request, with who asked; never a signature.
    const lines = output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const request = lines.find((l) => l.msg === "request" && l.route === `/api/shipments/${SHIPMENTS.main}/photos`);
    expect(request).toMatchObject({ level: "info", user: user[0], method: "GET", status: 200 });
    expect(typeof request?.request_id).toBe("string");
    expect(typeof request?.ms).toBe("number");
    expect(lines.some((l) => l.msg === "sitoo call" && l.service === "media")).toBe(true);
    expect(output).not.toContain("Signature=");
    expect(output).not.toContain(user[1]);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  } finally {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  }
});
