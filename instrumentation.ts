// Runs once when the server starts: a production server refuses to start on a configuration that
// cannot work, with a one-line reason, instead of failing on the first request; the store is
// opened and migrated before the first request; then the Shipments sync is scheduled.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { enforceStartupConfig, openStoreAtStart, sharedStateNotice } = await import("./lib/server/startup-check");
  if (process.env.NODE_ENV === "production") enforceStartupConfig();
  const notice = sharedStateNotice(process.env);
  if (notice) (await import("./lib/server/log")).log("warn", notice);
  await openStoreAtStart();
  // server.mjs calls this once the last request of a graceful shutdown has ended.
  const { closeStore } = await import("./lib/db/client");
  const { closeRedis } = await import("./lib/server/redis");
  (globalThis as Record<symbol, unknown>)[Symbol.for("shipment-photo-review.close")] = () =>
    Promise.all([closeStore(), closeRedis()]);
  const { runSyncOnceAndExit, startSyncSchedule } = await import("./lib/sync/schedule");
  // `npm run sync` starts the built app with this set: one run, its outcome printed, then exit.
  if (process.env.SPR_SYNC_ONCE === "1") await runSyncOnceAndExit();
  else startSyncSchedule();
}
