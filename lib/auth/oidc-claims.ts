// Who a single sign-on user is, from the provider's claims: known by issuer and subject (`sub`),
// never by a claim the user can edit. `oidc:<sub>` can never equal a password user's name (those
// never hold a `:`). The e-mail is kept only when the provider says it is verified; the username
// (`preferred_username`) is shown, never trusted. Shared and pure.
import { groupsOf, type OidcRoleSettings, type Role, roleFromGroups } from "@/lib/auth/roles";

export const OIDC_PREFIX = "oidc:";

export interface OidcIdentity {
  /** `oidc:<sub>`: the name every record of theirs carries. */
  name: string;
  /** What people see: `name`, else `preferred_username`, else the verified e-mail, else `sub`. */
  displayName: string;
  /** Only when `email_verified` is true. */
  email: string | null;
  /** `preferred_username`, for display next to the name. */
  username: string | null;
  groups: string[];
  role: Role;
}

type Claims = Record<string, unknown>;

const text = (v: unknown, max = 200): string | null =>
  typeof v === "string" && v.trim() ? v.trim().slice(0, max) : null;

/** True when the profile, e-mail or group claims are missing: the userinfo endpoint may have them. */
export function needsUserinfo(claims: Claims, groupsClaim: string): boolean {
  return claims.name === undefined || claims.email === undefined || claims[groupsClaim] === undefined;
}

/**
 * The ID token's claims completed by the userinfo endpoint's (never overridden by them), as long as
 * both speak of the same subject.
 */
export function mergeClaims(idToken: Claims, userinfo: Claims | null): Claims {
  if (!userinfo || userinfo.sub !== idToken.sub) return idToken;
  const merged: Claims = { ...idToken };
  for (const [key, value] of Object.entries(userinfo)) if (merged[key] === undefined) merged[key] = value;
  return merged;
}

export function identityFrom(claims: Claims, roles: OidcRoleSettings): OidcIdentity {
  const sub = text(claims.sub, 255);
  if (!sub) throw new Error("the provider gave no subject (sub)");
  const verified = claims.email_verified === true || claims.email_verified === "true";
  const email = verified ? text(claims.email) : null;
  const username = text(claims.preferred_username);
  const groups = groupsOf(claims[roles.claim]);
  return {
    name: `${OIDC_PREFIX}${sub}`,
    displayName: text(claims.name) ?? username ?? email ?? sub,
    email,
    username,
    groups,
    role: roleFromGroups(groups, roles),
  };
}

/**
 * The names this user had before identities were `oidc:<sub>` (the e-mail, else the username,
 * else the subject), kept only where the old name was one the user could not choose: the subject,
 * or an e-mail the provider verified. Their history is joined to the new name at sign-in.
 */
export function legacyNames(claims: Claims): string[] {
  const sub = text(claims.sub, 255);
  const verified = claims.email_verified === true || claims.email_verified === "true";
  const email = typeof claims.email === "string" && claims.email ? claims.email : null;
  const username =
    typeof claims.preferred_username === "string" && claims.preferred_username ? claims.preferred_username : null;
  const old = email ?? username ?? sub;
  if (old === null) return [];
  if (old === sub || (old === email && verified)) return [old];
  return [];
}
