import "server-only";
import { NextResponse } from "next/server";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authSettings } from "./auth-env";
import { safeCallbackUrl } from "./callback-url";
import { AppError } from "./errors";
import { verifyPassword } from "./password";
import { createRateLimiter } from "./rate-limit";

// Reachable without a session: sign-in, the auth routes and the health check.
export const PUBLIC_PATHS = [/^\/login$/, /^\/api\/auth(\/|$)/, /^\/api\/health$/];

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Five failed attempts a minute per account and per client address.
export const signInLimiter = createRateLimiter({ max: 5, windowMs: 60_000 });

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

// A real hash of a random password, so an unknown user costs the same time as a wrong password.
const DUMMY_HASH = "scrypt.15.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
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
          const keys = [`user:${username.toLowerCase()}`, `ip:${clientAddress(request.headers)}`];
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
      authorized({ auth: session, request }) {
        const { pathname, search, origin } = request.nextUrl;
        if (session || PUBLIC_PATHS.some((p) => p.test(pathname))) return true;
        if (pathname.startsWith("/api/")) {
          const body = new AppError("UNAUTHORIZED", "Sign in to continue.").toBody(crypto.randomUUID());
          return NextResponse.json(body, { status: 401 });
        }
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
