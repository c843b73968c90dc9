import "server-only";
import { decode } from "next-auth/jwt";
import { authSettings } from "@/lib/auth/settings";

// API calls only need to know the session is valid: decrypting the session cookie is enough.
// next-auth's full `auth()` also re-issues the cookie and builds its whole configuration on every
// call, which is most of an API call's cost. Pages keep using `auth()`, so sessions still roll.

const COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

// Tokens already decrypted, with when to stop trusting them: the same cookie arrives with every
// call of a page, and decrypting it is the expensive part. At most a minute, never past its expiry.
const RECHECK_MS = 60_000;
const verified = new Map<string, { until: number; user: string }>();

function remember(token: string, user: string, expSeconds: number | undefined) {
  if (verified.size >= 1000) verified.clear();
  const until = Math.min(Date.now() + RECHECK_MS, (expSeconds ?? 0) * 1000 || Date.now() + RECHECK_MS);
  verified.set(token, { until, user });
}

type CookieJar = { get(name: string): { value: string } | undefined };

/**
 * The signed-in user's name from the session cookie, or null without a valid session. The name
 * is the `username` claim set at sign-in (see lib/auth/next-auth.ts), else the token's subject.
 */
export async function sessionUser(cookies: CookieJar): Promise<string | null> {
  const secret = authSettings().secret;
  if (!secret) return null;
  for (const name of COOKIE_NAMES) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    const known = verified.get(token);
    if (known && known.until > Date.now()) return known.user;
    try {
      const payload = await decode({ token, secret, salt: name });
      // decode() checks the expiry; a payload without a subject is not one of our sessions.
      if (payload?.sub) {
        const user = typeof payload.username === "string" ? payload.username : payload.sub;
        remember(token, user, typeof payload.exp === "number" ? payload.exp : undefined);
        return user;
      }
    } catch {
      // Tampered, expired, or signed with another secret: not a session.
    }
  }
  return null;
}

export async function hasValidSession(cookies: CookieJar): Promise<boolean> {
  return (await sessionUser(cookies)) !== null;
}
