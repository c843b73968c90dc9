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
const verified = new Map<string, number>();

function remember(token: string, expSeconds: number | undefined) {
  if (verified.size >= 1000) verified.clear();
  verified.set(token, Math.min(Date.now() + RECHECK_MS, (expSeconds ?? 0) * 1000 || Date.now() + RECHECK_MS));
}

export async function hasValidSession(cookies: { get(name: string): { value: string } | undefined }): Promise<boolean> {
  const secret = authSettings().secret;
  if (!secret) return false;
  for (const name of COOKIE_NAMES) {
    const token = cookies.get(name)?.value;
    if (!token) continue;
    if ((verified.get(token) ?? 0) > Date.now()) return true;
    try {
      const payload = await decode({ token, secret, salt: name });
      // decode() checks the expiry; a payload without a subject is not one of our sessions.
      if (payload?.sub) {
        remember(token, typeof payload.exp === "number" ? payload.exp : undefined);
        return true;
      }
    } catch {
      // Tampered, expired, or signed with another secret: not a session.
    }
  }
  return false;
}
