import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { AppError } from "@/lib/api/errors";
import { auth } from "@/lib/auth/next-auth";
import { hasValidSession } from "@/lib/auth/session";
import { securityHeaders } from "@/lib/server/security-headers";

// Every page and API route needs a session, except sign-in, the auth routes and the health and
// readiness checks; every answer, including redirects and 401s, carries the security headers. Pages go
// through next-auth's `auth()` (its `authorized` callback in lib/auth/next-auth.ts decides); data API
// routes only check the session cookie, which is what keeps the proxy's overhead small.
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
  } else {
    res = await (auth as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(req, ev);
  }
  for (const [name, value] of Object.entries(securityHeaders())) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
