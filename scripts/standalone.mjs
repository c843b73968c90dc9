#!/usr/bin/env node
// Completes .next/standalone after `next build` (output: "standalone") so the folder runs on its
// own: `cd .next/standalone && node server.mjs`. Next traces the modules the app imports; this adds
// what it cannot see: the static assets, our server and its helpers, the
// database migrations and the report's fonts (both read from disk at run time).
import { cpSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, ".next/standalone");
if (!existsSync(path.join(out, "server.js"))) {
  console.error('No .next/standalone: run `next build` with output: "standalone" first.');
  process.exit(1);
}

const copy = (from, to = from) => {
  const source = path.join(root, from);
  if (!existsSync(source)) return;
  mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
  cpSync(source, path.join(out, to), { recursive: true });
};

copy(".next/static");
copy("public");
copy("server.mjs");
for (const file of ["base-headers.mjs", "logger.mjs", "metrics.mjs"]) copy(`lib/server/${file}`);
copy("lib/db/migrations");
copy("node_modules/dejavu-fonts-ttf/ttf");
console.log("Standalone server ready: cd .next/standalone && node server.mjs");
