import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { AppError } from "@/lib/api/errors";
import { auth, PUBLIC_PATHS } from "@/lib/auth/next-auth";
import { withPublicOrigin } from "@/lib/auth/public-request";
import { hasValidSession, SESSION_COOKIES } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/server/client-address";
import { scriptNonce, securityHeaders } from "@/lib/server/security-headers";

// Every page and API route needs a session, except sign-in, the auth routes, the health and
// readiness checks and the metrics (guarded by their own token); every answer, including redirects and 401s, carries the security headers. Pages go
// through next-auth's `auth()` (its `authorized` callback in lib/auth/next-auth.ts decides); data API
// routes only check the session cookie, which is what keeps the proxy's overhead small.
const hasSessionCookie = (req: NextRequest) => SESSION_COOKIES.some((name) => req.cookies.has(name));

// Pages: next-auth's `authorized` callback decides; when it lets the request through, the page is
// rendered with this response's script nonce (Next reads it from the request's CSP header).
// (With next-auth's lazy configuration, `auth(handler)` resolves to the wrapped handler.)
type Handler = (r: NextRequest, e: NextFetchEvent) => Promise<Response>;
async function page(nonce: string, req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const wrapped = await (auth as unknown as (h: (r: NextRequest) => Response) => Promise<Handler>)((r) => {
    const headers = new Headers(r.headers);
    headers.set("content-security-policy", securityHeaders(nonce)["content-security-policy"]!);
    return NextResponse.next({ request: { headers } });
  });
  return wrapped(req, ev);
}

export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const { pathname } = req.nextUrl;
  let res: Response;
  let nonce: string | null = null;
  if (pathname === "/api/health" || pathname === "/api/ready" || pathname === "/api/metrics") {
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
    const login = new URL("/login", publicOrigin(req.headers));
    login.searchParams.set("callbackUrl", pathname + req.nextUrl.search);
    res = NextResponse.redirect(login);
    for (const name of SESSION_COOKIES)
      res.headers.append("set-cookie", `${name}=; Path=/; Max-Age=0${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  } else {
    nonce = scriptNonce();
    res = await page(nonce, withPublicOrigin(req, { body: false }), ev);
  }
  for (const [name, value] of Object.entries(securityHeaders(nonce))) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
