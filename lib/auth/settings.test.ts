import { describe, expect, it } from "vitest";
import { authProblem, parseAuthUsers } from "./settings";

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
