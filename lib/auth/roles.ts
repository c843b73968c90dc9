// Who may do what: three roles, each allowed what the one before it is, and where a user's role
// comes from (AUTH_USERS entries, or the single sign-on provider's groups). Shared and pure: the
// browser reads the same order to leave out what a role cannot do.

export const ROLES = ["viewer", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when `role` may do what `needed` may. */
export function allows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** How single sign-on users get their role (AUTH_OIDC_ROLES_CLAIM and the group lists). */
export interface OidcRoleSettings {
  /** The claim holding the user's groups (default `groups`). */
  claim: string;
  adminGroups: string[];
  reviewerGroups: string[];
  /** For a user in neither list (default `viewer`). */
  defaultRole: Role;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean);

export function parseOidcRoleSettings(env: Record<string, string | undefined>): OidcRoleSettings {
  const defaultRole = env.AUTH_OIDC_DEFAULT_ROLE?.trim() || "viewer";
  if (!isRole(defaultRole))
    throw new Error(`AUTH_OIDC_DEFAULT_ROLE is "${defaultRole.slice(0, 40)}": use viewer, reviewer or admin`);
  return {
    claim: env.AUTH_OIDC_ROLES_CLAIM?.trim() || "groups",
    adminGroups: list(env.AUTH_OIDC_ADMIN_GROUPS),
    reviewerGroups: list(env.AUTH_OIDC_REVIEWER_GROUPS),
    defaultRole,
  };
}

/**
 * The groups in a claim's value: an array of names (Entra ID, Okta, Keycloak), or one string
 * (some providers send a single group, or a space- or comma-separated list). Anything else: none.
 */
export function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

/** A single sign-on user's role from their groups: admin beats reviewer beats the default. */
export function roleFromGroups(groups: readonly string[], settings: OidcRoleSettings): Role {
  const member = (names: string[]) => names.some((g) => groups.includes(g));
  if (member(settings.adminGroups)) return "admin";
  if (member(settings.reviewerGroups)) return "reviewer";
  return settings.defaultRole;
}
