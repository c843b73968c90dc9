// Signed, expiring URLs in the style of a CDN: `Expires` (Unix seconds) and an HMAC `Signature`.
import { createHmac, timingSafeEqual } from "node:crypto";

export function createSigner(secret) {
  const sign = (path, expires) => createHmac("sha256", secret).update(`${path}\n${expires}`).digest("base64url");
  return {
    url(origin, path, lifetimeSeconds) {
      const expires = Math.floor(Date.now() / 1000) + lifetimeSeconds;
      return { url: `${origin}${path}?Expires=${expires}&Signature=${sign(path, expires)}`, expires };
    },
    /** "ok", "expired" or "invalid" for the request's path and query. */
    check(path, query) {
      const expires = Number(query.get("Expires"));
      const given = Buffer.from(query.get("Signature") ?? "");
      const wanted = Buffer.from(sign(path, query.get("Expires") ?? ""));
      if (!Number.isInteger(expires) || given.length !== wanted.length || !timingSafeEqual(given, wanted))
        return "invalid";
      return expires < Date.now() / 1000 ? "expired" : "ok";
    },
  };
}
