// next-auth for the whole app: providers, session, redirects, and the [...nextauth] route's
// handlers. Server-only.
import "server-only";
import { randomUUID } from "node:crypto";
import { type NextRequest, NextResponse } from "next/server";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { oidcProfile, type Who, whoOf } from "@/lib/auth/oidc-profile";
import { checkPassword, withSignInLimit } from "@/lib/auth/password-sign-in";
import { withPublicOrigin } from "@/lib/auth/public-request";
import { clearSessionCookies, currentSession, hasSessionCookie } from "@/lib/auth/session";
import { authSettings, DEFAULT_PASSWORD_ROLE } from "@/lib/auth/settings";
import { publicOrigin } from "@/lib/server/client-address";
import { log } from "@/lib/server/log";

// Reachable without a session: sign-in, the auth routes, and the health and readiness checks.
export const PUBLIC_PATHS = [
  /^\/login$/,
  /^\/signed-out$/,
  /^\/link-gone$/,
  /^\/s\//,
  /^\/api\/auth(\/|$)/,
  /^\/api\/(health|ready)$/,
];

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
          if (!result) return null;
          const who: Who = {
            name: username,
            displayName: username,
            provider: "password",
            role: settings.roles.get(username) ?? DEFAULT_PASSWORD_ROLE,
          };
          return { id: username, name: username, who };
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
              // Who they are comes from the ID token, completed from the userinfo endpoint when the
              // provider puts the profile, e-mail or groups only there (lib/auth/oidc-profile.ts).
              profile: oidcProfile(settings.oidc),
            },
          ]
        : []),
    ],
    events: {
      // Everyone who signs in can be assigned work (loaded lazily: the proxy imports this module).
      async signIn({ user }) {
        const who = whoOf(user);
        if (!who) return;
        const { rememberSignIn } = await import("@/lib/auth/users");
        await rememberSignIn(who);
      },
    },
    callbacks: {
      // A blocked person is refused here, whatever the password or the provider said.
      async signIn({ user }) {
        const who = whoOf(user);
        if (!who) return false;
        const { isPersonBlocked } = await import("@/lib/auth/users");
        if (await isPersonBlocked(who.name)) {
          log("warn", "sign-in refused: blocked", { user: who.name });
          return false;
        }
        return true;
      },
      // Fixed at sign-in, never renewed: the actor's name, their role, a session id that sign-out
      // revokes, how the user signed in (a password user removed from AUTH_USERS is refused), and when.
      jwt({ token, user }) {
        const who = user ? whoOf(user) : null;
        if (who) {
          token.username = who.name;
          token.displayName = who.displayName;
          token.role = who.role;
          token.sid = randomUUID();
          token.provider = who.provider;
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

/** Revokes the session in the request's cookie, on every instance, as the header's button does. */
async function revokeCookieSession(req: NextRequest): Promise<void> {
  const session = await currentSession(req.cookies);
  if (!session) return;
  const { signOutSession } = await import("@/lib/auth/revocation");
  await signOutSession(session.sessionId, new Date(session.expiresAt));
}

// The [...nextauth] route's handlers; POST goes through the sign-in limit first. Both see the
// request with the origin the browser used (lib/auth/public-request.ts). Every way out revokes:
// Auth.js's own sign-out (GET: our page instead of Auth.js's; POST: its form), and its session
// endpoint gives no user for a revoked cookie.
export const GET = async (req: NextRequest) => {
  const { pathname } = req.nextUrl;
  if (pathname === "/api/auth/signout") {
    // A page on another site must not sign the user out by linking here.
    if (req.headers.get("sec-fetch-site") !== "cross-site") await revokeCookieSession(req);
    return clearSessionCookies(NextResponse.redirect(new URL("/signed-out", publicOrigin(req.headers))));
  }
  if (pathname === "/api/auth/session" && hasSessionCookie(req.cookies)) {
    if (!(await currentSession(req.cookies))) return clearSessionCookies(Response.json(null));
  }
  return handlers.GET(withPublicOrigin(req));
};
export const POST = withSignInLimit(async (req) => {
  const request = req as NextRequest;
  if (request.nextUrl.pathname === "/api/auth/signout" && request.headers.get("sec-fetch-site") !== "cross-site")
    await revokeCookieSession(request);
  return handlers.POST(withPublicOrigin(request));
});
