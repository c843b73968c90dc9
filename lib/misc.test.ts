import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { authProblem, parseAuthUsers } from "./auth-env";
import { safeCallbackUrl } from "./callback-url";
import { isAllowedUrl, originMatches } from "./origins";
import { hashPassword, verifyPassword } from "./password";
import { createRateLimiter } from "./rate-limit";
import { parseView, viewToSearch } from "./view";

describe("safeCallbackUrl", () => {
  it.each([
    ["/shipments/1RT823V93?sku=SKU-001&photo=x", "/shipments/1RT823V93?sku=SKU-001&photo=x"],
    ["/", "/"],
  ])("keeps the path %j", (input, expected) => expect(safeCallbackUrl(input)).toBe(expected));

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    "http:/evil.example",
    "/\tevil",
    "",
    undefined,
    42,
  ])("falls back to / for %j", (input) => expect(safeCallbackUrl(input)).toBe("/"));

  it("never leaves this site, whatever the input", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = safeCallbackUrl(s);
        expect(out.startsWith("/")).toBe(true);
        expect(new URL(out, "https://app.example").origin).toBe("https://app.example");
      }),
    );
  });
});

describe("origins", () => {
  it("matches a wildcard subdomain over the same scheme only", () => {
    expect(originMatches("https://d1.cloudfront.net/a.jpg?x=1", "https://*.cloudfront.net")).toBe(true);
    expect(originMatches("http://d1.cloudfront.net/a.jpg", "https://*.cloudfront.net")).toBe(false);
    expect(originMatches("https://cloudfront.net/a.jpg", "https://*.cloudfront.net")).toBe(false);
    expect(originMatches("https://evilcloudfront.net/a.jpg", "https://*.cloudfront.net")).toBe(false);
    expect(originMatches("https://d1.cloudfront.net.evil.example/", "https://*.cloudfront.net")).toBe(false);
  });

  it("matches exact origins including the port", () => {
    expect(isAllowedUrl("http://127.0.0.1:4010/cdn/x", ["http://127.0.0.1:4010"])).toBe(true);
    expect(isAllowedUrl("http://127.0.0.1:4011/cdn/x", ["http://127.0.0.1:4010"])).toBe(false);
    expect(isAllowedUrl("not a url", ["http://127.0.0.1:4010"])).toBe(false);
  });
});

describe("passwords", () => {
  it("verifies its own hashes and refuses wrong passwords and malformed hashes", async () => {
    const hash = await hashPassword("s3cret pass");
    expect(hash).not.toMatch(/[$:,]/);
    expect(await verifyPassword("s3cret pass", hash)).toBe(true);
    expect(await verifyPassword("s3cret pas", hash)).toBe(false);
    expect(await verifyPassword("s3cret pass", "plain")).toBe(false);
  });

  it("accepts what `npm run user:hash` prints, from an argument or standard input", async () => {
    const fromArg = execFileSync(process.execPath, ["scripts/user-hash.mjs", "from-arg"], { encoding: "utf8" });
    const fromStdin = execFileSync(process.execPath, ["scripts/user-hash.mjs"], {
      input: "from-stdin\n",
      encoding: "utf8",
    });
    expect(fromArg.trim().split("\n")).toHaveLength(1);
    expect(await verifyPassword("from-arg", fromArg.trim())).toBe(true);
    expect(await verifyPassword("from-stdin", fromStdin.trim())).toBe(true);
  });
});

describe("auth settings", () => {
  const hash = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

  it("parses AUTH_USERS and refuses malformed entries", () => {
    expect([...parseAuthUsers(`ann:${hash}, bob:${hash}`).keys()]).toEqual(["ann", "bob"]);
    expect(() => parseAuthUsers("ann:plaintext")).toThrow(/ann/);
    expect(parseAuthUsers(undefined).size).toBe(0);
  });

  it.each([
    [{}, /AUTH_SECRET is not set/],
    [{ AUTH_SECRET: "short" }, /too short/],
    [{ AUTH_SECRET: "x".repeat(40) }, /no way to sign in/],
    [{ AUTH_SECRET: "x".repeat(40), AUTH_USERS: "a:b" }, /malformed/],
  ])("refuses to start with %j", (env, reason) => {
    expect(authProblem(env)).toMatch(reason);
  });

  it("accepts users or single sign-on", () => {
    expect(authProblem({ AUTH_SECRET: "x".repeat(40), AUTH_USERS: `a:${hash}` })).toBeNull();
    expect(
      authProblem({
        AUTH_SECRET: "x".repeat(40),
        AUTH_OIDC_ISSUER: "https://id.example",
        AUTH_OIDC_CLIENT_ID: "c",
        AUTH_OIDC_CLIENT_SECRET: "s",
      }),
    ).toBeNull();
  });
});

describe("rate limiter", () => {
  it("blocks after five failures a minute per key, and says for how long", () => {
    const limiter = createRateLimiter({ max: 5, windowMs: 60_000 });
    const keys = ["user:ann", "ip:1.2.3.4"];
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter(keys, 1000 * i)).toBe(0);
      limiter.fail(keys, 1000 * i);
    }
    // The oldest failure leaves the window at 60 s; until then the limit holds.
    expect(limiter.retryAfter(keys, 5000)).toBe(55);
    expect(limiter.retryAfter(["ip:1.2.3.4"], 30_000)).toBe(30);
    expect(limiter.retryAfter(keys, 60_001)).toBe(0);
    expect(limiter.retryAfter(["user:bob"], 5000)).toBe(0);
  });
});

describe("view in the query string", () => {
  it("round-trips filters and the open photo, dropping unknown and empty keys", () => {
    const view = parseView(new URLSearchParams("sku=SKU-001&reason=DAMAGED&photo=abc&status=&other=1"));
    expect(view).toEqual({ sku: "SKU-001", reason: "DAMAGED", photo: "abc" });
    expect(parseView(new URLSearchParams(viewToSearch(view).slice(1)))).toEqual(view);
  });

  it("ignores absurdly long values and control characters", () => {
    expect(parseView(new URLSearchParams(`sku=${"x".repeat(300)}`))).toEqual({});
    expect(parseView(new URLSearchParams("sku=a%00b&reason=a%0Db&status=ready"))).toEqual({ status: "ready" });
  });
});
