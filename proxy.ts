import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { AppError } from "@/lib/api/errors";
import { auth, PUBLIC_PATHS } from "@/lib/auth/next-auth";
import { pageRole } from "@/lib/auth/page-access";
import { withPublicOrigin } from "@/lib/auth/public-request";
import { allows } from "@/lib/auth/roles";
import { clearSessionCookies, currentSession, hasSessionCookie, hasValidSession } from "@/lib/auth/session";
import { checkLimits, linkOfToken } from "@/lib/links/state";
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

/** The language an evidence link's page is rendered in (i18n/request.ts reads it). */
export const LINK_LOCALE_HEADER = "x-link-locale";
const LINK_PAGE = /^\/s\/([^/]+)$/;

/**
 * Under /s/, no session: an evidence link's page goes out in the link's language, or as the page
 * saying it is gone (410); over its limits, a 429. Its files' routes check the link themselves.
 */
async function linkPage(req: NextRequest, nonce: string): Promise<Response> {
  const headers = new Headers(req.headers);
  headers.delete(LINK_LOCALE_HEADER);
  headers.set("content-security-policy", securityHeaders(nonce, { outsider: true })["content-security-policy"]!);
  const token = LINK_PAGE.exec(req.nextUrl.pathname)?.[1];
  const link = token ? await linkOfToken(token).catch(() => null) : null;
  if (link) headers.set(LINK_LOCALE_HEADER, link.language);
  if (link && link.status !== "active")
    return NextResponse.rewrite(new URL(`/link-gone?status=${link.status}`, req.url), {
      request: { headers },
      status: 410,
    });
  if (link)
    try {
      await checkLimits(link, req.headers);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== "RATE_LIMITED") throw err;
      return new Response(err.message, {
        status: 429,
        headers: { "retry-after": String(err.retryAfterSeconds ?? 60), "content-type": "text/plain; charset=utf-8" },
      });
    }
  return NextResponse.next({ request: { headers } });
}

export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const { pathname } = req.nextUrl;
  let res: Response;
  let nonce: string | null = null;
  if (pathname.startsWith("/s/")) {
    nonce = LINK_PAGE.test(pathname) ? scriptNonce() : null;
    res = nonce ? await linkPage(req, nonce) : NextResponse.next();
    for (const [name, value] of Object.entries(securityHeaders(nonce, { outsider: true })))
      res.headers.set(name, value);
    return res;
  }
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
