import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { auth, PUBLIC_PATHS } from "@/lib/auth/next-auth";
import { pageRole } from "@/lib/auth/page-access";
import { withPublicOrigin } from "@/lib/auth/public-request";
import { allows } from "@/lib/auth/roles";
import { clearSessionCookies, currentSession, hasSessionCookie, hasValidSession } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/server/client-address";
import { scriptNonce, securityHeaders } from "@/lib/server/security-headers";

// Every page needs a session, except sign-in, and the role PAGE_ROLES gives it
// (lib/auth/page-access.ts); every answer, including redirects, carries the security headers. Pages go through next-auth's `auth()` (its `authorized` callback in
// lib/auth/next-auth.ts decides). The auth routes pass through here too.
//
// The data API does not come here (see the matcher): each of its routes checks the session itself
// (lib/api/route.ts, the same check), and server.mjs gives its answers the security headers. Running
// this proxy in front of them cost 0.8 ms of CPU per request, most of what the dashboard adds to a
// bare route (BENCHMARKS.md, figure 15).

// Pages: next-auth's `authorized` callback decides; when it lets the request through, the page is
// rendered with this response's script nonce (Next reads it from the request's CSP header).
// (With next-auth's lazy configuration, `auth(handler)` resolves to the wrapped handler.)
type Handler = (r: NextRequest, e: NextFetchEvent) => Promise<Response>;
// `refused`: the signed-in user's role may not open this page; our page that says so is shown instead (403).
async function page(nonce: string, req: NextRequest, ev: NextFetchEvent, refused = false): Promise<Response> {
  const wrapped = await (auth as unknown as (h: (r: NextRequest) => Response) => Promise<Handler>)((r) => {
    const headers = new Headers(r.headers);
    headers.set("content-security-policy", securityHeaders(nonce)["content-security-policy"]!);
    if (refused) return NextResponse.rewrite(new URL("/forbidden", r.url), { request: { headers }, status: 403 });
    return NextResponse.next({ request: { headers } });
  });
  return wrapped(req, ev);
}

/** True when a signed-in user's role may not open the page at `pathname` (PAGE_ROLES, one table). */
async function refusedByRole(req: NextRequest, pathname: string): Promise<boolean> {
  const needed = pageRole(pathname);
  if (needed === "public" || !hasSessionCookie(req.cookies)) return false;
  const session = await currentSession(req.cookies);
  return session !== null && !allows(session.role, needed);
}

export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const { pathname } = req.nextUrl;
  let res: Response;
  let nonce: string | null = null;
  if (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) {
    // Only if the matcher ever lets one through: the route checks the session itself.
    res = NextResponse.next();
  } else if (
    hasSessionCookie(req.cookies) &&
    !PUBLIC_PATHS.some((p) => p.test(pathname)) &&
    !(await hasValidSession(req.cookies))
  ) {
    // A cookie that no longer counts (signed out, past its lifetime, user removed): sign in again.
    const login = new URL("/login", publicOrigin(req.headers));
    login.searchParams.set("callbackUrl", pathname + req.nextUrl.search);
    res = clearSessionCookies(NextResponse.redirect(login));
  } else {
    nonce = scriptNonce();
    res = await page(nonce, withPublicOrigin(req, { body: false }), ev, await refusedByRole(req, pathname));
  }
  for (const [name, value] of Object.entries(securityHeaders(nonce))) res.headers.set(name, value);
  return res;
}

export const config = {
  // Not the data API (every /api/ path but /api/auth/): its routes check the session themselves.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/(?!auth/)).*)"],
};
