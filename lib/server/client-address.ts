import "server-only";

// Who is asking and where: the client's address and the origin the browser used, as the trusted
// proxies in front of us saw them.
//
// TRUSTED_PROXY_HOPS says how many proxies append to X-Forwarded-For before a request reaches
// this server (nginx with `proxy_add_x_forwarded_for` is one). With 0, the default, the header is
// ignored: anyone can send it, and `next start` keeps a client's header instead of the socket's
// address, so no address is known and limits keyed by address do not apply.

export function parseTrustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10)
    throw new Error("TRUSTED_PROXY_HOPS must be a whole number of proxies from 0 to 10");
  return hops;
}

/** The address the outermost trusted proxy saw, or null when no proxy is trusted. */
export function clientAddressFrom(headers: Headers, hops: number): string | null {
  // Each trusted proxy appended one entry; the one `hops` from the end is what the first of
  // them saw. Anything before it came from the client and proves nothing.
  return fromProxies(headers, "x-forwarded-for", hops);
}

/** The value a list header had when the outermost trusted proxy set or appended it. */
function fromProxies(headers: Headers, name: string, hops: number): string | null {
  if (hops === 0) return null;
  const entries = (headers.get(name) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[Math.max(entries.length - hops, 0)] ?? null;
}

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * The origin the browser used, for every absolute URL we build (sign-in redirects, the OpenID
 * Connect redirect_uri): AUTH_URL's when set; else X-Forwarded-Proto and -Host when proxies are
 * trusted; else the Host header over http. Never Next's own idea of the request URL, which is
 * built from the hostname the server listens on (`localhost`, `127.0.0.1`) rather than the one
 * the browser asked for.
 */
export function publicOriginFrom(headers: Headers, hops: number, authUrl: string | undefined): string {
  if (authUrl) return new URL(authUrl).origin;
  const forwardedHost = fromProxies(headers, "x-forwarded-host", hops);
  const host = [forwardedHost, headers.get("host")].find((h) => h && HOST.test(h)) ?? "localhost";
  const proto = fromProxies(headers, "x-forwarded-proto", hops) === "https" ? "https" : "http";
  return `${proto}://${host.toLowerCase()}`;
}

let hopsFromEnv: number | undefined;
const trustedHops = () => {
  hopsFromEnv ??= parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  return hopsFromEnv;
};

export function clientAddress(headers: Headers): string | null {
  return clientAddressFrom(headers, trustedHops());
}

export function publicOrigin(headers: Headers): string {
  return publicOriginFrom(headers, trustedHops(), process.env.AUTH_URL);
}
