import "server-only";

import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// Password hashes for AUTH_USERS: `scrypt.<log2 N>.<salt>.<hash>` in base64url. No `$`, `:` or `,`,
// so a hash survives .env expansion and the `user:hash,user:hash` list. scripts/user-hash.mjs
// writes the same format.

const KEY_LENGTH = 32;
const LOG_N = 15;

function derive(password: string, salt: Buffer, logN: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: 2 ** logN, r: 8, p: 1, maxmem: 256 * 2 ** logN * 8 * 2 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG_N);
  return `scrypt.${LOG_N}.${salt.toString("base64url")}.${key.toString("base64url")}`;
}

export function isPasswordHash(value: string): boolean {
  return /^scrypt\.(1[0-9]|20)\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{43}$/.test(value);
}

/** Constant-time check of a password against a stored hash; false for any malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!isPasswordHash(stored)) return false;
  const [, logN, salt, hash] = stored.split(".") as [string, string, string, string];
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(logN));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
