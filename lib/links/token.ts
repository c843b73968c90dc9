// Evidence-link tokens (W3C TAG, "Good practices for capability URLs"; OWASP): 192 random bits,
// base64url; the database keeps only the SHA-256, compared in constant time. Server-only.
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 24 bytes: 192 bits, 32 base64url characters. */
const TOKEN_BYTES = 24;
/** The only shape a token has; anything else is answered 404 without a database lookup. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const isTokenShaped = (token: string) => TOKEN_PATTERN.test(token);

/** Whether a stored hash is this token's, in constant time (both are 64 hex characters). */
export function matchesHash(token: string, storedHash: string): boolean {
  const given = Buffer.from(tokenHash(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
