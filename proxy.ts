import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { AppError } from "@/lib/api/errors";
import { auth, PUBLIC_PATHS } from "@/lib/auth/next-auth";
import { hasValidSession, SESSION_COOKIES } from "@/lib/auth/session";
import { securityHeaders } from "@/lib/server/security-headers";

// Every page and API route needs a session, except sign-in, the auth routes and the health and
// readiness checks; every answer, including redirects and 401s, carries the security headers. Pages go
// through next-auth's `auth()` (its `authorized` callback in lib/auth/next-auth.ts decides); data API
// routes only check the session cookie, which is what keeps the proxy's overhead small.
const hasSessionCookie = (req: NextRequest) => SESSION_COOKIES.some((name) => req.cookies.has(name));

export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const { pathname } = req.nextUrl;
  let res: Response;
  if (pathname === "/api/health" || pathname === "/api/ready") {
    res = NextResponse.next();
  } else if (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) {
    res = (await hasValidSession(req.cookies))
      ? NextResponse.next()
      : NextResponse.json(new AppError("UNAUTHORIZED", "Sign in to continue.").toBody(crypto.randomUUID()), {
          status: 401,
        });
  } else if (
    hasSessionCookie(req) &&
    !PUBLIC_PATHS.some((p) => p.test(pathname)) &&
    !(await hasValidSession(req.cookies))
  ) {
    // A cookie that no longer counts (signed out, past its lifetime, user removed): sign in again.
    const login = new URL("/login", req.nextUrl.origin);
    login.searchParams.set("callbackUrl", pathname + req.nextUrl.search);
    res = NextResponse.redirect(login);
    for (const name of SESSION_COOKIES)
      res.headers.append("set-cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  } else {
    res = await (auth as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(req, ev);
  }
  for (const [name, value] of Object.entries(securityHeaders())) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
