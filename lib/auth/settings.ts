import "server-only";
import { isPasswordHash } from "@/lib/auth/password";

// Sign-in settings from the environment: AUTH_SECRET, AUTH_USERS, AUTH_OIDC_*, and demo mode.

export interface AuthSettings {
  secret: string | undefined;
  users: Map<string, string>;
  oidc: { issuer: string; clientId: string; clientSecret: string } | null;
  /** Set only by `npm run demo`: the sign-in page then shows the demo account. */
  demo: { username: string; password: string } | null;
  /** SESSION_MAX_HOURS: how long a session lives from sign-in, however active (default 12). */
  sessionMaxHours: number;
}

export function parseAuthUsers(value: string | undefined): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of (value ?? "").split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const at = trimmed.indexOf(":");
    const name = trimmed.slice(0, at).trim();
    const hash = trimmed.slice(at + 1).trim();
    if (at <= 0 || !isPasswordHash(hash)) throw new Error(`AUTH_USERS has a malformed entry for "${name || "?"}"`);
    users.set(name, hash);
  }
  return users;
}

export function parseAuthSettings(env: Record<string, string | undefined>): AuthSettings {
  const oidc =
    env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET
      ? { issuer: env.AUTH_OIDC_ISSUER, clientId: env.AUTH_OIDC_CLIENT_ID, clientSecret: env.AUTH_OIDC_CLIENT_SECRET }
      : null;
  const demo =
    env.DEMO_MODE === "1" && env.DEMO_USER && env.DEMO_PASSWORD
      ? { username: env.DEMO_USER, password: env.DEMO_PASSWORD }
      : null;
  const hours = Number(env.SESSION_MAX_HOURS || 12);
  if (!(hours > 0)) throw new Error("SESSION_MAX_HOURS must be a positive number of hours");
  return { secret: env.AUTH_SECRET, users: parseAuthUsers(env.AUTH_USERS), oidc, demo, sessionMaxHours: hours };
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
