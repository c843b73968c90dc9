// The AUTH_USERS hash format, for scripts: `scrypt.<log2 N>.<salt>.<hash>` (base64url). The app
// verifies it in lib/auth/password.ts; a unit test checks that both agree.
import { randomBytes, scryptSync } from "node:crypto";

const LOG_N = 15;

export function hashPassword(password) {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 2 ** LOG_N, r: 8, p: 1, maxmem: 256 * 2 ** LOG_N * 8 * 2 });
  return `scrypt.${LOG_N}.${salt.toString("base64url")}.${key.toString("base64url")}`;
}
