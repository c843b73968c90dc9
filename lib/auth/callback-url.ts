import "server-only";

/**
 * Where to go after sign-in: only a path on this site. Absolute URLs, protocol-relative `//host`,
 * backslash tricks and control characters all fall back to the lookup page.
 */
const BASE = "http://same.origin";

export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const resolved = new URL(value, BASE);
    if (resolved.origin !== BASE) return fallback;
    const result = resolved.pathname + resolved.search + resolved.hash;
    // Check what is returned, not only what came in: dot segments (`/./`, `/x/..`, `/%2e%2e`) can
    // normalise into `//host`, which a browser reads as another site.
    if (result.startsWith("//") || result.startsWith("/\\") || new URL(result, BASE).origin !== BASE) return fallback;
    return result;
  } catch {
    return fallback;
  }
}
