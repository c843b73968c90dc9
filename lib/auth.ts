import "server-only";
import { NextResponse } from "next/server";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSettings } from "./auth-env";
import { safeCallbackUrl } from "./callback-url";
import { verifyPassword } from "./password";
import { createRateLimiter, type RateLimiter } from "./rate-limit";

// Reachable without a session: sign-in, the auth routes and the health check.
export const PUBLIC_PATHS = [/^\/login$/, /^\/api\/auth(\/|$)/, /^\/api\/health$/];

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Five failed attempts a minute per account and per client address.
// Kept on globalThis: Next bundles route handlers and pages separately, each with its own copy
// of this module, and the limit must hold across both (the form and the HTTP endpoint).
const LIMITER_KEY = Symbol.for("shipment-photo-review.sign-in-limiter");
const globalStore = globalThis as typeof globalThis & { [LIMITER_KEY]?: RateLimiter };
globalStore[LIMITER_KEY] ??= createRateLimiter({ max: 5, windowMs: 60_000 });
export const signInLimiter: RateLimiter = globalStore[LIMITER_KEY];

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

// A real hash of a random password, so an unknown user costs the same time as a wrong password.
const DUMMY_HASH = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * The client's address for rate limiting: the last X-Forwarded-For entry, which is the one the
 * nearest proxy saw (Next sets it to the socket's address when no proxy did). Without a proxy in
 * front a client can forge it, so the per-account limit is the one that always holds.
 */
export function clientAddress(headers: Headers): string {
  const entries = headers.get("x-forwarded-for")?.split(",") ?? [];
  return entries[entries.length - 1]?.trim() || headers.get("x-real-ip") || "unknown";
}

/** Keys a sign-in attempt is limited by. */
export function signInKeys(username: string, headers: Headers): string[] {
  return [`user:${username.trim().toLowerCase()}`, `ip:${clientAddress(headers)}`];
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const settings = authSettings();
  return {
    secret: settings.secret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const username = typeof credentials.username === "string" ? credentials.username.trim() : "";
          const password = typeof credentials.password === "string" ? credentials.password : "";
          if (!username || !password || username.length > 128 || password.length > 1024) return null;
          const keys = signInKeys(username, request.headers);
          if (signInLimiter.retryAfter(keys) > 0) throw new RateLimitedSignIn();
          const hash = settings.users.get(username);
          const ok = await verifyPassword(password, hash ?? DUMMY_HASH);
          if (!hash || !ok) {
            signInLimiter.fail(keys);
            return null;
          }
          signInLimiter.clear(keys[0]!);
          return { id: username, name: username };
        },
      }),
      ...(settings.oidc
        ? [
            {
              id: "oidc",
              name: "Single sign-on",
              type: "oidc" as const,
              issuer: settings.oidc.issuer,
              clientId: settings.oidc.clientId,
              clientSecret: settings.oidc.clientSecret,
            },
          ]
        : []),
    ],
    callbacks: {
      // Pages only: the proxy answers API routes itself from the session cookie.
      authorized({ auth: session, request }) {
        const { pathname, search, origin } = request.nextUrl;
        if (session || PUBLIC_PATHS.some((p) => p.test(pathname))) return true;
        const login = new URL("/login", origin);
        login.searchParams.set("callbackUrl", pathname + search);
        return NextResponse.redirect(login);
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${safeCallbackUrl(url)}`;
        try {
          const target = new URL(url);
          if (target.origin === baseUrl) return `${baseUrl}${safeCallbackUrl(target.pathname + target.search)}`;
        } catch {}
        return baseUrl;
      },
    },
  };
});
