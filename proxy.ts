import type { NextFetchEvent, NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { securityHeaders } from "@/lib/security-headers";

// Every page and API route needs a session (the `authorized` callback in lib/auth.ts decides);
// every answer, including redirects and 401s, carries the security headers.
export async function proxy(req: NextRequest, ev: NextFetchEvent): Promise<Response> {
  const res = (await (auth as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(
    req,
    ev,
  )) as Response;
  for (const [name, value] of Object.entries(securityHeaders())) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
