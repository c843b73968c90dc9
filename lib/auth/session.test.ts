import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const HASH = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
let session: typeof import("./session");
let revocation: typeof import("./revocation");
let closeStore: () => Promise<void>;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  process.env.AUTH_USERS = ["ann", "bob", "cy", "dee", "eve"].map((u) => `${u}:${HASH}`).join(",");
  process.env.SESSION_MAX_HOURS = "1";
  // Revocations live in the store: an embedded one of this test's own.
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "spr-session-"));
  session = await import("./session");
  revocation = await import("./revocation");
  ({ closeStore } = await import("@/lib/db/client"));
});
afterAll(() => closeStore());

let n = 0;
const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
});
const claims = (sub: string, extra: Record<string, unknown> = {}) => ({
  sub,
  username: sub,
  sid: `sid-${n++}`,
  provider: "password",
  role: "reviewer",
  signedInAt: Date.now(),
  ...extra,
});
const token = (payload: Record<string, unknown>, secret = SECRET, salt = "authjs.session-token", maxAge = 3600) =>
  encode({ token: payload, secret, salt, maxAge });
const valid = async (cookie: string, name = "authjs.session-token") => session.hasValidSession(jar({ [name]: cookie }));

describe("hasValidSession", () => {
  it("accepts a session cookie made with our secret, over http and https", async () => {
    expect(await valid(await token(claims("ann")))).toBe(true);
    const secure = await token(claims("ann"), SECRET, "__Secure-authjs.session-token");
    expect(await valid(secure, "__Secure-authjs.session-token")).toBe(true);
    expect(await session.sessionUser(jar({ "authjs.session-token": await token(claims("ann")) }))).toBe("ann");
  });

  it("refuses no cookie, another secret, a tampered or expired token, and a token without subject or session id", async () => {
    expect(await session.hasValidSession(jar({}))).toBe(false);
    expect(await valid(await token(claims("ann"), "another-secret-0123456789-0123456789"))).toBe(false);
    const good = await token(claims("bob"));
    expect(await valid(`${good.slice(0, -4)}AAAA`)).toBe(false);
    expect(await valid(await token(claims("cy"), SECRET, "authjs.session-token", -120))).toBe(false);
    expect(await valid(await token({ name: "no-sub" }))).toBe(false);
    // A session from before roles existed (no role), or with a role that is not one, must sign in again.
    expect(await valid(await token(claims("dee", { role: undefined })))).toBe(false);
    expect(await valid(await token(claims("dee", { role: "root" })))).toBe(false);
    // A session from before revocation existed (no session id) must sign in again.
    expect(await valid(await token({ sub: "ann" }))).toBe(false);
    // A cookie valid under one name is not valid under the other (the name is the key's salt).
    expect(await valid(good, "__Secure-authjs.session-token")).toBe(false);
  });

  it("refuses a session past SESSION_MAX_HOURS from sign-in, however fresh the cookie", async () => {
    expect(await valid(await token(claims("ann", { signedInAt: Date.now() - 61 * 60_000 })))).toBe(false);
    expect(await valid(await token(claims("ann", { signedInAt: Date.now() - 59 * 60_000 })))).toBe(true);
  });

  it("refuses a password user no longer in AUTH_USERS", async () => {
    expect(await valid(await token(claims("mallory")))).toBe(false);
  });

  it("refuses a signed-out session, and every earlier session of a user signed out everywhere", async () => {
    const mine = claims("dee");
    const cookie = await token(mine);
    const other = await token(claims("dee"));
    expect(await valid(cookie)).toBe(true);
    await revocation.signOutSession(mine.sid, new Date(Date.now() + 3_600_000));
    expect(await valid(cookie)).toBe(false);
    expect(await valid(other)).toBe(true);

    const laptop = await token(claims("eve", { signedInAt: Date.now() - 1000 }));
    expect(await valid(laptop)).toBe(true);
    await revocation.signOutEverywhere("eve");
    expect(await valid(laptop)).toBe(false);
    expect(await valid(await token(claims("eve", { signedInAt: Date.now() + 5 })))).toBe(true);
  });
});
