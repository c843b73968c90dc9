import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
let hasValidSession: typeof import("./session").hasValidSession;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  ({ hasValidSession } = await import("./session"));
});

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
});
const token = (payload: Record<string, unknown>, secret = SECRET, salt = "authjs.session-token", maxAge = 3600) =>
  encode({ token: payload, secret, salt, maxAge });

describe("hasValidSession", () => {
  it("accepts a session cookie made with our secret, over http and https", async () => {
    expect(await hasValidSession(jar({ "authjs.session-token": await token({ sub: "ann" }) }))).toBe(true);
    const secure = await token({ sub: "ann" }, SECRET, "__Secure-authjs.session-token");
    expect(await hasValidSession(jar({ "__Secure-authjs.session-token": secure }))).toBe(true);
  });

  it("refuses no cookie, another secret, a tampered or expired token, and a token without subject", async () => {
    expect(await hasValidSession(jar({}))).toBe(false);
    expect(
      await hasValidSession(
        jar({ "authjs.session-token": await token({ sub: "ann" }, "another-secret-0123456789-0123456789") }),
      ),
    ).toBe(false);
    const good = await token({ sub: "bob" });
    expect(await hasValidSession(jar({ "authjs.session-token": `${good.slice(0, -4)}AAAA` }))).toBe(false);
    expect(
      await hasValidSession(
        jar({ "authjs.session-token": await token({ sub: "cy" }, SECRET, "authjs.session-token", -120) }),
      ),
    ).toBe(false);
    expect(await hasValidSession(jar({ "authjs.session-token": await token({ name: "no-sub" }) }))).toBe(false);
    // A cookie valid under one name is not valid under the other (the name is the key's salt).
    expect(await hasValidSession(jar({ "__Secure-authjs.session-token": good }))).toBe(false);
  });
});
