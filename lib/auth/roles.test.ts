import { describe, expect, it } from "vitest";
import { allows, groupsOf, parseOidcRoleSettings, roleFromGroups } from "./roles";

describe("roles", () => {
  it("each role may do what the ones before it may", () => {
    expect(allows("admin", "reviewer")).toBe(true);
    expect(allows("reviewer", "viewer")).toBe(true);
    expect(allows("reviewer", "admin")).toBe(false);
    expect(allows("viewer", "reviewer")).toBe(false);
  });

  it("maps single sign-on groups: admin first, then reviewer, then the default", () => {
    const settings = parseOidcRoleSettings({
      AUTH_OIDC_ADMIN_GROUPS: "claims-leads, it-admins",
      AUTH_OIDC_REVIEWER_GROUPS: "claims",
    });
    expect(settings).toMatchObject({ claim: "groups", defaultRole: "viewer" });
    expect(roleFromGroups(["claims", "it-admins"], settings)).toBe("admin");
    expect(roleFromGroups(["sales", "claims"], settings)).toBe("reviewer");
    expect(roleFromGroups(["sales"], settings)).toBe("viewer");
    expect(roleFromGroups([], settings)).toBe("viewer");
    const reviewersByDefault = parseOidcRoleSettings({
      AUTH_OIDC_DEFAULT_ROLE: "reviewer",
      AUTH_OIDC_ROLES_CLAIM: "roles",
    });
    expect(reviewersByDefault.claim).toBe("roles");
    expect(roleFromGroups(["anything"], reviewersByDefault)).toBe("reviewer");
  });

  it("reads groups from an array or a string claim, and nothing from anything else", () => {
    expect(groupsOf(["a", "b", 3])).toEqual(["a", "b"]);
    expect(groupsOf("a b,c")).toEqual(["a", "b", "c"]);
    expect(groupsOf({ a: 1 })).toEqual([]);
    expect(groupsOf(undefined)).toEqual([]);
  });

  it("refuses a default role that is not one of the three", () => {
    expect(() => parseOidcRoleSettings({ AUTH_OIDC_DEFAULT_ROLE: "superuser" })).toThrow(/AUTH_OIDC_DEFAULT_ROLE/);
  });
});
