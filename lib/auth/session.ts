import "server-only";
import { decode } from "next-auth/jwt";
import { isRole, type Role } from "@/lib/auth/roles";
import { authSettings } from "@/lib/auth/settings";

// API calls only need to know the session is valid: decrypting the session cookie is enough.
// next-auth's full `auth()` also re-issues the cookie and builds its whole configuration on every
// call, which is most of an API call's cost. Pages keep using `auth()`, so sessions still roll.

export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

/** True when the request carries a session cookie at all (valid or not). */
export const hasSessionCookie = (cookies: { has(name: string): boolean }) =>
  SESSION_COOKIES.some((name) => cookies.has(name));

/** The answer, with every session cookie cleared in the browser. */
export function clearSessionCookies<R extends Response>(res: R): R {
  for (const name of SESSION_COOKIES)
    res.headers.append("set-cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return res;
}

// Tokens already decrypted, with when to stop trusting them: the same cookie arrives with every
// call of a page, and decrypting it is the expensive part. At most a minute, never past its expiry.
const RECHECK_MS = 60_000;
/** What a session cookie says, once decrypted. */
export interface SessionInfo {
  user: string;
  /** The name shown for the user (the provider's name for single sign-on). */
  displayName: string;
  /** Random per sign-in: what sign-out revokes. */
  sessionId: string;
  provider: string;
  /** Fixed at sign-in: AUTH_USERS or the provider's groups. */
  role: Role;
  /** Milliseconds; the absolute lifetime counts from here and renewal never moves it. */
  signedInAt: number;
  /** Milliseconds: when the cookie itself expires. */
  expiresAt: number;
}

const verified = new Map<string, { until: number; session: SessionInfo }>();

type CookieJar = { get(name: string): { value: string } | undefined };

/** The session in the cookie, decrypted (remembered for up to a minute), or null. */
async function decodeSession(cookies: CookieJar): Promise<SessionInfo | null> {
  const secret = authSettings().secret;
  if (!secret) return null;
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    const known = verified.get(token);
    if (known && known.until > Date.now()) return known.session;
    try {
      const p = await decode({ token, secret, salt: name });
      // decode() checks the expiry. Sessions from before revocation (no id) or roles (no role)
      // existed are refused: one more sign-in.
      if (!p?.sub || typeof p.sid !== "string" || typeof p.signedInAt !== "number" || !isRole(p.role)) continue;
      const session: SessionInfo = {
        user: typeof p.username === "string" ? p.username : p.sub,
        displayName:
          typeof p.displayName === "string" ? p.displayName : typeof p.username === "string" ? p.username : p.sub,
        sessionId: p.sid,
        provider: typeof p.provider === "string" ? p.provider : "password",
        role: p.role,
        signedInAt: p.signedInAt,
        expiresAt: (typeof p.exp === "number" ? p.exp : 0) * 1000,
      };
      if (verified.size >= 1000) verified.clear();
      verified.set(token, { until: Math.min(Date.now() + RECHECK_MS, session.expiresAt || Date.now()), session });
      return session;
    } catch {
      // Tampered, expired, or signed with another secret: not a session.
    }
  }
  return null;
}

/**
 * The signed-in session, or null: no cookie, or one that is past its absolute lifetime
 * (SESSION_MAX_HOURS from sign-in), of a password user no longer in AUTH_USERS, signed out, or
 * signed out everywhere.
 */
export async function currentSession(cookies: CookieJar): Promise<SessionInfo | null> {
  const session = await decodeSession(cookies);
  if (!session) return null;
  const settings = authSettings();
  if (Date.now() - session.signedInAt > settings.sessionMaxHours * 3_600_000) return null;
  if (session.provider === "password" && !settings.users.has(session.user)) return null;
  const { sessionRevoked } = await import("./revocation");
  if (await sessionRevoked(session.sessionId, session.user, session.signedInAt)) return null;
  return session;
}

/** The signed-in user's name (the actor of what a request records), or null. */
export async function sessionUser(cookies: CookieJar): Promise<string | null> {
  return (await currentSession(cookies))?.user ?? null;
}

export async function hasValidSession(cookies: CookieJar): Promise<boolean> {
  return (await currentSession(cookies)) !== null;
}
