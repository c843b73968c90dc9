#!/usr/bin/env node
// Prints the AUTH_USERS hash of a password, alone on one line:
//   npm run --silent user:hash -- <password>      or      echo <password> | npm run --silent user:hash
import { hashPassword } from "./password-hash.mjs";

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

const password = process.argv[2] ?? (process.stdin.isTTY ? "" : await readStdin());
if (!password) {
  console.error("usage: npm run --silent user:hash -- <password>   (or pipe the password on standard input)");
  process.exit(2);
}
console.log(hashPassword(password));
