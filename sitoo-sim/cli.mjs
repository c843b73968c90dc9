#!/usr/bin/env node
// Starts the simulator from the command line: `node sitoo-sim/cli.mjs`. Settings come from the
// environment (see sitoo-sim/README.md).
import { createSimulator } from "./server.mjs";

const env = process.env;
const int = (name, fallback) => (env[name] ? Number.parseInt(env[name], 10) : fallback);

const sim = await createSimulator({
  apiId: env.SIM_API_ID ?? "sim-api-id",
  password: env.SIM_API_PASSWORD ?? "sim-password",
  urlLifetimeSeconds: int("SIM_URL_LIFETIME_SECONDS", 3600),
  processingReadySeconds: int("SIM_PROCESSING_READY_SECONDS", 8),
  hugePhotos: int("SIM_HUGE_PHOTOS", 0),
  largePhotos: int("SIM_LARGE_PHOTOS", 0),
  largePhotoBytes: int("SIM_LARGE_PHOTO_BYTES", 8 * 1024 * 1024),
  maxLimit: int("SIM_MAX_LIMIT", 100),
});
const origin = await sim.listen(int("SIM_PORT", 4010));
console.log(`[sitoo-sim] listening on ${origin}`);
const stop = () => sim.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
