// Evidence-link tokens (W3C TAG, "Good practices for capability URLs"; OWASP): 192 random bits,
// base64url; the database keeps only the SHA-256, and a link is looked up by it in a unique index
// (a timing difference could tell at most a prefix of a hash, never of a token). Server-only.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

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
