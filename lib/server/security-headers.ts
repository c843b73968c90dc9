import "server-only";
import { authSettings } from "@/lib/auth/settings";
import { baseHeaders } from "@/lib/server/base-headers.mjs";
import { imageOrigins } from "@/lib/sitoo/config";

// Headers on every response. A signed URL must never travel in a Referer, and images may come
// only from this site and the configured Sitoo origins.

function imgSources(): string {
  try {
    return ["'self'", "data:", ...imageOrigins()].join(" ");
  } catch {
    // Without a valid Sitoo configuration there is nothing to show; allow only our own images.
    return "'self' data:";
  }
}

// A sign-in form posted without JavaScript is answered with a redirect to the single sign-on
// provider, and browsers hold that redirect to form-action too.
function formTargets(): string {
  try {
    const issuer = authSettings().oidc?.issuer;
    return issuer ? ` ${new URL(issuer).origin}` : "";
  } catch {
    return "";
  }
}

/** On every answer under /s/ (evidence links): the token never goes in a Referer, is never indexed or cached. */
export const LINK_HEADERS = {
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex, nofollow",
  "cache-control": "no-store",
} as const;

/** A fresh nonce for one page response's scripts. */
export function scriptNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The headers, with the page's script nonce when there is one. A page runs only the scripts
 * Next marks with that nonce and what they load ('strict-dynamic'); no inline script an attacker
 * manages to inject runs. Answers without a nonce (API routes, redirects) allow our files only.
 */
export function securityHeaders(nonce: string | null = null, o: { outsider?: boolean } = {}): Record<string, string> {
  const production = process.env.NODE_ENV === "production";
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  const csp = [
    "default-src 'self'",
    `script-src ${scripts}${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    // An evidence link's page shows only images our server serves (never a Sitoo URL).
    `img-src ${o.outsider ? "'self' data:" : imgSources()}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${formTargets()}`,
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "content-security-policy": csp,
    ...baseHeaders(production),
    ...(o.outsider ? LINK_HEADERS : {}),
  };
}
