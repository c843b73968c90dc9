// next-auth for the whole app: providers, session, redirects, and the [...nextauth] route's
// handlers. Server-only.
import "server-only";
import { randomUUID } from "node:crypto";
import { type NextRequest, NextResponse } from "next/server";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { withPublicOrigin } from "@/lib/auth/public-request";
import { authSettings } from "@/lib/auth/settings";
import { checkPassword, withSignInLimit } from "@/lib/auth/sign-in-limit";
import { publicOrigin } from "@/lib/server/client-address";
import { log } from "@/lib/server/log";

// Reachable without a session: sign-in, the auth routes, and the health and readiness checks.
export const PUBLIC_PATHS = [/^\/login$/, /^\/api\/auth(\/|$)/, /^\/api\/(health|ready)$/];

class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const settings = authSettings();
  return {
    secret: settings.secret,
    trustHost: true,
    // The cookie lives no longer than the absolute lifetime the session check enforces.
    session: { strategy: "jwt", maxAge: Math.round(settings.sessionMaxHours * 3600) },
    pages: { signIn: "/login", error: "/login" },
    // One line per problem, no stacks: a failed sign-in is already logged by checkPassword.
    logger: {
      error(error) {
        if (error.name === "CredentialsSignin" || error instanceof CredentialsSignin) return;
        const cause = (error as { cause?: { err?: Error } }).cause?.err;
        const type = (error as { type?: string }).type ?? error.name;
        log("error", "auth error", { request_id: randomUUID(), type, message: error.message, cause: cause?.message });
      },
      warn(code) {
        log("warn", "auth warning", { code });
      },
      debug() {},
    },
    providers: [
      Credentials({
        credentials: { username: { label: "Username" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const username = typeof credentials.username === "string" ? credentials.username.trim() : "";
          const password = typeof credentials.password === "string" ? credentials.password : "";
          if (!username || !password || username.length > 128 || password.length > 1024) return null;
          const result = await checkPassword(username, password, settings.users.get(username), request.headers);
          if (result === "limited") throw new RateLimitedSignIn();
          return result ? { id: username, name: username } : null;
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
    events: {
      // Everyone who signs in can be assigned work (loaded lazily: the proxy imports this module).
      async signIn({ user, account, profile }) {
        const { rememberSignIn } = await import("@/lib/auth/users");
        await rememberSignIn({
          name: userName(user, profile),
          displayName: displayName(user, profile),
          provider: account?.provider === "credentials" ? "password" : "oidc",
        });
      },
    },
    callbacks: {
      // The name every event records as the actor, fixed at sign-in.
      // Fixed at sign-in, never renewed: the actor's name, a session id that sign-out revokes, how
      // the user signed in (a password user removed from AUTH_USERS is refused), and when.
      jwt({ token, user, profile, account }) {
        if (user) {
          token.username = userName(user, profile);
          token.displayName = displayName(user, profile);
          token.sid = randomUUID();
          token.provider = account?.provider === "credentials" ? "password" : "oidc";
          token.signedInAt = Date.now();
        }
        return token;
      },
      // Pages only: the proxy answers API routes itself from the session cookie.
      authorized({ auth: session, request }) {
        const { pathname, search } = request.nextUrl;
        // Not nextUrl.origin: Next writes every loopback host there as "localhost".
        const origin = publicOrigin(request.headers);
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

/**
 * The name people see (the header, the assignee list, the history): for single sign-on the
 * provider's `name`, else `preferred_username`, else `email`; for passwords the username.
 */
function displayName(user: { id?: string; name?: string | null; email?: string | null }, profile?: unknown): string {
  const p = (profile ?? {}) as { name?: unknown; preferred_username?: unknown; email?: unknown };
  for (const claim of [p.name, p.preferred_username, p.email])
    if (typeof claim === "string" && claim.trim()) return claim.trim();
  return userName(user, profile);
}

/**
 * A user's name in this app, stable across sign-ins: the username for passwords; for single
 * sign-on the e-mail, else `preferred_username`, else the provider's subject (`sub`), never an id
 * Auth.js makes up per sign-in.
 */
function userName(user: { id?: string; name?: string | null; email?: string | null }, profile?: unknown): string {
  const p = (profile ?? {}) as { preferred_username?: unknown; email?: unknown; sub?: unknown; iss?: unknown };
  if (typeof p.email === "string" && p.email) return p.email;
  if (typeof p.preferred_username === "string" && p.preferred_username) return p.preferred_username;
  if (typeof p.sub === "string" && p.sub) return p.sub;
  return user.email ?? user.id ?? user.name ?? "unknown";
}

// The [...nextauth] route's handlers; POST goes through the sign-in limit first.
// Both see the request with the origin the browser used (lib/auth/public-request.ts).
export const GET = (req: NextRequest) => handlers.GET(withPublicOrigin(req));
export const POST = withSignInLimit((req) => handlers.POST(withPublicOrigin(req as NextRequest)));
