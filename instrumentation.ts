// Runs once when the server starts: a production server refuses to start on a configuration that
// cannot work, with a one-line reason, instead of failing on the first request; the store is
// opened and migrated before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { enforceStartupConfig, openStoreAtStart } = await import("./lib/server/startup-check");
  if (process.env.NODE_ENV === "production") enforceStartupConfig();
  await openStoreAtStart();
}
