import { describe, expect, it } from "vitest";
import { authProblem, parseAuthUsers } from "./settings";

describe("auth settings", () => {
  const hash = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

  it("parses AUTH_USERS and refuses malformed entries", () => {
    expect([...parseAuthUsers(`ann:${hash}, bob:${hash}`).users.keys()]).toEqual(["ann", "bob"]);
    expect(() => parseAuthUsers("ann:plaintext")).toThrow(/ann/);
    expect(() => parseAuthUsers(`ann:${hash}:admin:extra`)).toThrow(/malformed/);
    expect(parseAuthUsers(undefined).users.size).toBe(0);
  });

  it("gives password users the role in their entry, reviewer without one, and refuses an unknown role", () => {
    const { roles } = parseAuthUsers(`ann:${hash}:admin, bob:${hash}, cid:${hash}:viewer, dee:${hash}:reviewer`);
    expect(Object.fromEntries(roles)).toEqual({ ann: "admin", bob: "reviewer", cid: "viewer", dee: "reviewer" });
    expect(() => parseAuthUsers(`ann:${hash}:owner`)).toThrow(/"ann" the role "owner"/);
    expect(authProblem({ AUTH_SECRET: "x".repeat(40), AUTH_USERS: `ann:${hash}:root` })).toMatch(
      /viewer, reviewer or admin/,
    );
  });

  it("refuses to start on an AUTH_OIDC_DEFAULT_ROLE that is not a role", () => {
    expect(
      authProblem({ AUTH_SECRET: "x".repeat(40), AUTH_USERS: `a:${hash}`, AUTH_OIDC_DEFAULT_ROLE: "guest" }),
    ).toMatch(/AUTH_OIDC_DEFAULT_ROLE/);
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
