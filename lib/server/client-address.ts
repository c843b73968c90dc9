import "server-only";

// Who is asking: the client's address as the trusted proxies in front of us saw it.
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
  if (hops === 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // Each trusted proxy appended one entry; the one `hops` from the end is what the first of
  // them saw. Anything before it came from the client and proves nothing.
  return entries[Math.max(entries.length - hops, 0)] ?? null;
}

let hopsFromEnv: number | undefined;
export function clientAddress(headers: Headers): string | null {
  hopsFromEnv ??= parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  return clientAddressFrom(headers, hopsFromEnv);
}
