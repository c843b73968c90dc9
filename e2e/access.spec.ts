import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as playwrightRequest } from "@playwright/test";
import { expect, test } from "./fixtures";
import { appRoutes, PUBLIC } from "./support/routes";

test.use({ storageState: { cookies: [], origins: [] } });

test("every page and API route refuses an anonymous request, except sign-in, auth, health, ready and what is off", async ({
  baseURL,
}) => {
  const routes = appRoutes();
  // The enumeration itself must find the routes we know of, or this test proves nothing.
  expect(routes.map((r) => r.path)).toEqual(
    expect.arrayContaining([
      "/",
      "/login",
      "/shipments/1RT823V93",
      "/api/health",
      "/api/shipments/1RT823V93/photos",
      "/api/photos/00000000-0000-4000-8000-000000000000",
      "/api/shipments/1RT823V93/products",
      "/api/shipments/1RT823V93/decisions",
      "/api/shipments/1RT823V93/activity",
      "/api/discrepancies",
      "/api/discrepancies.csv",
      "/api/users",
    ]),
  );
  const anonymous = await playwrightRequest.newContext({ baseURL });
  for (const route of routes.filter((r) => !PUBLIC.some((p) => p.test(r.path)))) {
    for (const method of route.methods) {
      const res = await anonymous.fetch(route.path, { method, maxRedirects: 0 });
      if (route.kind === "page") {
        expect(res.status(), `${method} ${route.path}`).toBe(307);
        // To sign-in on the very origin the browser asked (not Next's "localhost" for loopback).
        expect(new URL(res.headers().location!, baseURL).href, route.path).toBe(
          `${baseURL}/login?callbackUrl=${encodeURIComponent(route.path)}`,
        );
      } else {
        expect(res.status(), `${method} ${route.path}`).toBe(401);
        expect((await res.json()).error_code).toBe("UNAUTHORIZED");
      }
    }
  }
  expect((await anonymous.get("/login")).status()).toBe(200);
  expect((await anonymous.get("/signed-out")).status()).toBe(200);
  expect((await anonymous.get("/api/health")).status()).toBe(200);
  // Off on this app: no METRICS_TOKEN, no BENCH_FLOOR.
  for (const path of ["/api/metrics", "/api/bench-floor/1RT823V93"]) {
    const off = await anonymous.get(path);
    expect(off.status(), path).toBe(404);
    expect((await off.json()).error_code, path).toBe("NOT_FOUND");
  }
  // Evidence links without a real token: nothing there, and the answer says no more than that.
  for (const route of routes.filter((r) => r.path.startsWith("/s/"))) {
    const res = await anonymous.get(route.path, { maxRedirects: 0 });
    expect(res.status(), route.path).toBe(404);
    expect(res.headers()["x-robots-tag"], route.path).toBe("noindex, nofollow");
  }
  // Readiness says only whether the store answers, nothing about anyone's data.
  const ready = await anonymous.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ ok: true, checks: { database: "ok", redis: "off" }, degraded: false });
  await anonymous.dispose();
});

test("every page and API answer sends the security headers, with images only from this site and the Sitoo origins", async ({
  request,
}) => {
  const api = (path: string) => path.startsWith("/api/");
  const paths = ["/login", "/", "/shipments/1RT823V93", "/api/health", "/api/shipments/1RT823V93/photos", "/api/nope"];
  for (const path of paths) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    const csp = Object.fromEntries(
      h["content-security-policy"]!.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    // Pages: the simulator's origin is both its CDN and its resource host; no wildcard. API
    // answers (JSON, files) may load nothing.
    if (api(path)) expect(csp["default-src"], path).toEqual(["'none'"]);
    else expect(csp["img-src"], path).toEqual(["'self'", "data:", "http://127.0.0.1:4310"]);
    expect(csp["frame-ancestors"], path).toEqual(["'none'"]);
    expect(h["referrer-policy"], path).toBe("same-origin");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(h["strict-transport-security"], path).toMatch(/max-age=\d+/);
  }
});

test("pages run only their own nonce'd scripts: no 'unsafe-inline', a fresh nonce per response", async ({
  page,
  request,
}) => {
  const scriptSrc = async (path: string) => {
    const res = await request.get(path, { maxRedirects: 0 });
    const csp = res.headers()["content-security-policy"]!;
    return csp
      .split(/;\s*/)
      .find((d) => d.startsWith("script-src "))!
      .split(" ")
      .slice(1);
  };
  const first = await scriptSrc("/login");
  const second = await scriptSrc("/login");
  expect(first).toContain("'strict-dynamic'");
  expect(first.join(" ")).not.toContain("unsafe-inline");
  const nonce = first.find((s) => s.startsWith("'nonce-"));
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{22,}'$/);
  expect(second.find((s) => s.startsWith("'nonce-"))).not.toBe(nonce);
  // API answers allow nothing to run or load at all.
  for (const path of ["/api/health", "/api/shipments/1RT823V93/photos", "/api/no-such-route"])
    expect((await request.get(path)).headers()["content-security-policy"], path).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );

  // The page hydrates under that policy (the form works), with no violation reported, and a
  // script injected without the nonce does not run.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/login");
  await page.getByLabel("Username").fill("nobody");
  await page.getByLabel("Password").fill("not-a-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toHaveText("Wrong username or password.");
  expect(violations).toEqual([]);
  // Markup that smuggles in an inline script (as stored XSS would) does not run it.
  await page.route("**/login", async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    await route.fulfill({ response: res, body });
  });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("callbackUrl only ever returns to a path on this site", async ({ page }) => {
  for (const target of ["https://evil.example/steal", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]) {
    // Off the app first: a page still open would see the cleared session and go to /login itself.
    await page.goto("about:blank");
    await page.context().clearCookies();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await expect(page.locator("input[name=callbackUrl]")).toHaveValue("/");
    await page.getByLabel("Username").fill("reviewer");
    await page.getByLabel("Password").fill("correct-horse-battery");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Find a shipment" })).toBeVisible();
    expect(new URL(page.url()).host).toBe("127.0.0.1:3310");
  }
});

async function credentialsSignIn(
  baseURL: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
) {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const cookies = res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  await ctx.dispose();
  return { status: res.status(), headers: res.headers(), cookies };
}

test("session cookies are HttpOnly and SameSite=Lax, and Secure over HTTPS", async ({ baseURL }) => {
  const plain = await credentialsSignIn(baseURL!, "reviewer", "correct-horse-battery");
  const session = plain.cookies.find((c) => c.startsWith("authjs.session-token="));
  expect(session).toMatch(/HttpOnly/i);
  expect(session).toMatch(/SameSite=Lax/i);
  expect(session).not.toMatch(/Secure/i);
  const https = await credentialsSignIn(baseURL!, "reviewer", "correct-horse-battery", {
    "x-forwarded-proto": "https",
  });
  const secure = https.cookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(secure).toMatch(/;\s*Secure/i);
  expect(secure).toMatch(/HttpOnly/i);
  expect(secure).toMatch(/SameSite=Lax/i);
});

test("sign-in is rate-limited per account: 429 with Retry-After after five failures", async ({ baseURL }) => {
  // An account of its own: the lock lasts a minute, and other tests sign the colleague in.
  for (let i = 0; i < 5; i++) {
    const res = await credentialsSignIn(baseURL!, "lockout", "wrong", { "x-forwarded-for": `198.51.100.${i + 1}` });
    expect(res.status).not.toBe(429);
  }
  // Even the right password, from yet another address, waits now.
  const blocked = await credentialsSignIn(baseURL!, "lockout", "only-for-the-limit-test", {
    "x-forwarded-for": "198.51.100.99",
  });
  expect(blocked.status).toBe(429);
  expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  expect(Number(blocked.headers["retry-after"])).toBeLessThanOrEqual(60);
});

test("sign-in is rate-limited per address, and the form says so", async ({ page, baseURL }) => {
  const address = { "x-forwarded-for": "203.0.113.7" };
  for (let i = 0; i < 5; i++) await credentialsSignIn(baseURL!, `nobody-${i}`, "wrong", address);
  const blocked = await credentialsSignIn(baseURL!, "reviewer", "correct-horse-battery", address);
  expect(blocked.status).toBe(429);
  // The same address in the browser gets a message, not a session.
  await page.setExtraHTTPHeaders(address);
  await page.goto("/login");
  await page.getByLabel("Username").fill("reviewer");
  await page.getByLabel("Password").fill("correct-horse-battery");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    "Too many failed attempts. Wait a minute, then try again.",
  );
});

test("a signed-in visit to /login never redirects to a path a browser reads as another site", async ({ browser }) => {
  const signedIn = await browser.newContext({ storageState: ".e2e/auth/reviewer.json" });
  const request = signedIn.request;
  for (const target of ["/.//evil.example", "/x/..//evil.example", "/%2e%2e//evil.example", "/./\\evil.example"]) {
    const res = await request.get(`/login?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
    expect(res.status(), target).toBe(307);
    const location = res.headers().location ?? "";
    expect(new URL(location, "http://127.0.0.1:3310").host, `${target} → ${location}`).toBe("127.0.0.1:3310");
    expect(location.startsWith("//") || location.startsWith("/\\"), `${target} → ${location}`).toBe(false);
  }
  await signedIn.close();
});

/** A raw request, for what browsers and fetch() refuse to send (TRACE, broken percent-encoding). */
function raw(baseURL: string, method: string, path: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(`${baseURL}${path}`, { method }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("methods Next cannot handle get 405 and broken paths 400, with the security headers and nothing in the log", async ({
  baseURL,
}) => {
  const logBefore = readFileSync(".e2e/app-3310.log", "utf8").length;
  for (const [method, path, status, code] of [
    ["TRACE", "/api/health", 405, "METHOD_NOT_ALLOWED"],
    ["TRACK", "/", 405, "METHOD_NOT_ALLOWED"],
    ["GET", "/api/auth/%FF", 400, "INVALID_REQUEST"],
    ["GET", "/shipments/%E0%A4%A", 400, "INVALID_REQUEST"],
  ] as const) {
    const res = await raw(baseURL!, method, path);
    expect(res.status, `${method} ${path}`).toBe(status);
    expect(JSON.parse(res.body).error_code).toBe(code);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(res.headers["cross-origin-opener-policy"]).toBe("same-origin");
    if (status === 405) expect(res.headers.allow).toMatch(/GET/);
  }
  const logAfter = readFileSync(".e2e/app-3310.log", "utf8").slice(logBefore);
  expect(logAfter).not.toMatch(/Error|^\s+at /m);
});
