import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";

// A production start refuses a configuration that cannot work, with a one-line reason.
const NEXT = "node_modules/next/dist/bin/next";
const HASH = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const GOOD = {
  AUTH_SECRET: "x".repeat(40),
  AUTH_USERS: `ann:${HASH}`,
  SITOO_API_ID: "id",
  SITOO_API_PASSWORD: "pw-not-leaked-7731",
  SITOO_MEDIA_CDN_ORIGINS: "https://d111111abcdef8.cloudfront.net",
};

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(AUTH_|SITOO_|DEMO_)/.test(k)),
  ) as Record<string, string>;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [NEXT, "start", "-p", "3399", "-H", "127.0.0.1"], {
      env: { ...base, NODE_ENV: "production", ...env },
    });
    let stderr = "";
    child.stderr.on("data", (c) => {
      stderr += c;
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), 15_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const cases: [string, Record<string, string>, RegExp][] = [
  ["a missing AUTH_SECRET", { ...GOOD, AUTH_SECRET: "" }, /Refusing to start: AUTH_SECRET is not set/],
  ["a short AUTH_SECRET", { ...GOOD, AUTH_SECRET: "short" }, /Refusing to start: AUTH_SECRET is too short/],
  ["no way to sign in", { ...GOOD, AUTH_USERS: "" }, /Refusing to start: no way to sign in/],
  [
    "missing Sitoo credentials",
    { ...GOOD, SITOO_API_PASSWORD: "" },
    /Refusing to start: .*SITOO_API_PASSWORD is not set/,
  ],
  [
    "no named image origins (no trusting every CloudFront host)",
    { ...GOOD, SITOO_MEDIA_CDN_ORIGINS: "" },
    /Refusing to start: SITOO_MEDIA_CDN_ORIGINS is not set/,
  ],
  ["a TRUSTED_PROXY_HOPS that is not a count", { ...GOOD, TRUSTED_PROXY_HOPS: "yes" }, /TRUSTED_PROXY_HOPS must be/],
];

for (const [name, env, reason] of cases) {
  test(`production refuses to start on ${name}`, async () => {
    const { code, stderr } = await start(env);
    expect(code).toBe(1);
    const lines = stderr.split("\n").filter((l) => l.includes("Refusing to start"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(stderr).not.toContain("pw-not-leaked-7731");
  });
}
