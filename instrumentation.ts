// Runs once when the server starts: a production server refuses to start on a configuration that
// cannot work, with a one-line reason, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { enforceStartupConfig } = await import("./lib/server/startup-check");
  enforceStartupConfig();
}
