#!/usr/bin/env node
// `npm run sync`: runs the Shipments sync once with the app's settings and exits (0 when it went
// well). It loads the production build (run `npm run build` first), so it is the very code the
// server runs. With the embedded database the app must be stopped (one process per DATA_DIR);
// with DATABASE_URL it may run beside running instances (the advisory lock keeps runs apart).
import { existsSync } from "node:fs";
import next from "next";

if (!existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}
process.env.SPR_SYNC_ONCE = "1";
process.env.NODE_ENV = "production";
const app = next({ dev: false });
// Loading the app runs instrumentation.ts, which runs the sync and exits.
await app.prepare();
