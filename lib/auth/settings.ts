import "server-only";
import { isPasswordHash } from "@/lib/auth/password";
import { isRole, type OidcRoleSettings, parseOidcRoleSettings, type Role } from "@/lib/auth/roles";

// Sign-in settings from the environment: AUTH_SECRET, AUTH_USERS, AUTH_OIDC_*, and demo mode.

export interface AuthSettings {
  secret: string | undefined;
  /** Password users: name → password hash. */
  users: Map<string, string>;
  /** Password users' roles (`username:hash:role`; without one, reviewer). */
  roles: Map<string, Role>;
  oidc: { issuer: string; clientId: string; clientSecret: string; roles: OidcRoleSettings } | null;
  /** Set only by `npm run demo`: the sign-in page then shows the demo account. */
  demo: { username: string; password: string } | null;
  /** SESSION_MAX_HOURS: how long a session lives from sign-in, however active (default 12). */
  sessionMaxHours: number;
}

/** A password user without a role in AUTH_USERS: what every user could do before roles existed. */
export const DEFAULT_PASSWORD_ROLE: Role = "reviewer";

/**
 * `username:hash` or `username:hash:role` entries, comma-separated. A username never holds a `:`
 * (so it can never equal a single sign-on user's `oidc:<sub>`), and a hash never does either.
 */
export function parseAuthUsers(value: string | undefined): { users: Map<string, string>; roles: Map<string, Role> } {
  const users = new Map<string, string>();
  const roles = new Map<string, Role>();
  for (const entry of (value ?? "").split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const [rawName = "", rawHash = "", rawRole, ...rest] = trimmed.split(":");
    const name = rawName.trim();
    const hash = rawHash.trim();
    if (!name || !isPasswordHash(hash) || rest.length > 0)
      throw new Error(`AUTH_USERS has a malformed entry for "${name.slice(0, 40) || "?"}"`);
    const role = rawRole === undefined ? DEFAULT_PASSWORD_ROLE : rawRole.trim();
    if (!isRole(role))
      throw new Error(
        `AUTH_USERS gives "${name.slice(0, 40)}" the role "${String(role).slice(0, 40)}": use viewer, reviewer or admin`,
      );
    users.set(name, hash);
    roles.set(name, role);
  }
  return { users, roles };
}

export function parseAuthSettings(env: Record<string, string | undefined>): AuthSettings {
  const oidc =
    env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET
      ? {
          issuer: env.AUTH_OIDC_ISSUER,
          clientId: env.AUTH_OIDC_CLIENT_ID,
          clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
          roles: parseOidcRoleSettings(env),
        }
      : null;
  // A wrong default role refuses the start even while single sign-on is off.
  parseOidcRoleSettings(env);
  const demo =
    env.DEMO_MODE === "1" && env.DEMO_USER && env.DEMO_PASSWORD
      ? { username: env.DEMO_USER, password: env.DEMO_PASSWORD }
      : null;
  const hours = Number(env.SESSION_MAX_HOURS || 12);
  if (!(hours > 0)) throw new Error("SESSION_MAX_HOURS must be a positive number of hours");
  const { users, roles } = parseAuthUsers(env.AUTH_USERS);
  return { secret: env.AUTH_SECRET, users, roles, oidc, demo, sessionMaxHours: hours };
}

let cached: AuthSettings | undefined;
export function authSettings(): AuthSettings {
  cached ??= parseAuthSettings(process.env);
  return cached;
}

/** Why a production start must be refused, or null when the configuration can run. */
export function authProblem(env: Record<string, string | undefined>): string | null {
  if (!env.AUTH_SECRET) return "AUTH_SECRET is not set (generate one with: openssl rand -base64 33)";
  if (env.AUTH_SECRET.length < 32) return "AUTH_SECRET is too short: use at least 32 characters";
  let settings: AuthSettings;
  try {
    settings = parseAuthSettings(env);
  } catch (err) {
    return (err as Error).message;
  }
  if (settings.users.size === 0 && !settings.oidc)
    return "no way to sign in: set AUTH_USERS (npm run --silent user:hash -- <password>) or AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET";
  return null;
}
