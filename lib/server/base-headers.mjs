// The security headers every answer carries apart from the content security policy, in plain
// JavaScript so that both the app (lib/server/security-headers.ts) and the HTTP server in front of
// it (server.mjs, which answers malformed requests itself) send the same ones.

/** @param {boolean} production */
export function baseHeaders(production) {
  return {
    // Never a Referer to another origin (signed URLs stay out of them); same-origin requests keep
    // theirs, so a form posted without JavaScript still says where it came from.
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    // A window this app opens (or that opens it) gets no handle on it, and it none on them.
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    ...(production ? { "strict-transport-security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** The policy of an answer with no page in it: nothing may load or frame it. */
export const NOTHING_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
