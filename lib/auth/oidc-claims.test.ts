import { describe, expect, it } from "vitest";
import { identityFrom, legacyNames, mergeClaims, needsUserinfo } from "./oidc-claims";
import { parseOidcRoleSettings } from "./roles";

const roles = parseOidcRoleSettings({ AUTH_OIDC_ADMIN_GROUPS: "leads", AUTH_OIDC_REVIEWER_GROUPS: "claims" });

describe("single sign-on identity", () => {
  it("is oidc:<sub>, whatever the e-mail or username say", () => {
    const id = identityFrom(
      { sub: "u-123", email: "alice", email_verified: false, preferred_username: "demo", name: "Mallory" },
      roles,
    );
    expect(id).toMatchObject({
      name: "oidc:u-123",
      displayName: "Mallory",
      email: null,
      username: "demo",
      role: "viewer",
    });
  });

  it("keeps the e-mail only when verified, and takes the role from groups in the ID token", () => {
    const id = identityFrom(
      { sub: "g", email: "greta@example.com", email_verified: true, groups: ["claims", "leads"] },
      roles,
    );
    expect(id).toMatchObject({ email: "greta@example.com", displayName: "greta@example.com", role: "admin" });
  });

  it("completes an ID token with only sub from the userinfo endpoint, never overriding it", () => {
    const idToken = { sub: "greta", iss: "https://id.example" };
    expect(needsUserinfo(idToken, "groups")).toBe(true);
    const merged = mergeClaims(idToken, { sub: "greta", name: "Greta Åkesson", groups: ["claims"], iss: "evil" });
    expect(merged).toEqual({ sub: "greta", iss: "https://id.example", name: "Greta Åkesson", groups: ["claims"] });
    expect(identityFrom(merged, roles)).toMatchObject({ displayName: "Greta Åkesson", role: "reviewer" });
    // Userinfo about another subject is ignored.
    expect(mergeClaims(idToken, { sub: "other", groups: ["leads"] })).toEqual(idToken);
    expect(needsUserinfo({ sub: "x", name: "X", email: "x@e", groups: [] }, "groups")).toBe(false);
  });

  it("with several groups, the highest role wins; with none, the default", () => {
    expect(identityFrom({ sub: "a", groups: ["claims", "sales"] }, roles).role).toBe("reviewer");
    expect(identityFrom({ sub: "a", groups: "leads" }, roles).role).toBe("admin");
    expect(identityFrom({ sub: "a" }, roles).role).toBe("viewer");
  });

  it("joins old history only under a name the user could not choose", () => {
    expect(legacyNames({ sub: "s1", email: "a@example.com", email_verified: true })).toEqual(["a@example.com"]);
    expect(legacyNames({ sub: "s1", email: "alice", email_verified: false })).toEqual([]);
    expect(legacyNames({ sub: "s1", preferred_username: "demo" })).toEqual([]);
    expect(legacyNames({ sub: "s1" })).toEqual(["s1"]);
  });
});
