import "server-only";
import { NextRequest } from "next/server";
import { publicOrigin } from "@/lib/server/client-address";

/**
 * The request as the browser addressed it. Next builds `request.url` from the hostname the server
 * listens on, so Auth.js, which builds every absolute URL (the OpenID Connect redirect_uri, its
 * redirects) from `request.url`, would use `localhost` where the browser used another host: the
 * provider then refuses the token request. `body: false` gives a copy without the body, for code
 * that reads only the URL, headers and cookies (the proxy).
 */
export function withPublicOrigin(req: NextRequest, { body = true }: { body?: boolean } = {}): NextRequest {
  const origin = publicOrigin(req.headers);
  // request.url, not nextUrl: the two can disagree, and Auth.js reads the former.
  const current = new URL(req.url);
  if (current.origin === origin) return req;
  const url = `${origin}${current.pathname}${current.search}`;
  return body ? new NextRequest(url, req) : new NextRequest(url, { headers: req.headers });
}
