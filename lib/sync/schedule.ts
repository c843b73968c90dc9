// Runs the sync inside the server: once at start, then every SYNC_INTERVAL_SECONDS. With several
// instances each schedules it; the advisory lock and the "finished recently" check make one run.
// Server-only.
import "server-only";
import { log } from "@/lib/server/log";
import { singleton } from "@/lib/server/singleton";
import { runSync } from "./run";
import { syncSettings } from "./settings";

/** Starts the schedule once per process (instrumentation may be loaded more than once). */
export function startSyncSchedule(): void {
  const { intervalSeconds } = syncSettings();
  if (intervalSeconds === 0) return;
  const holder = singleton("sync-schedule", () => ({ started: false }));
  if (holder.started) return;
  holder.started = true;
  const tick = (trigger: "start" | "interval") =>
    runSync({ trigger }).catch((err) => log("warn", "shipments sync could not run", { error: String(err) }));
  // Unref'd: a pending sync never keeps a stopping server alive.
  setTimeout(() => void tick("start"), 500).unref();
  setInterval(() => void tick("interval"), intervalSeconds * 1000).unref();
}

/** For `npm run sync`: one run (even if one just finished), a one-line summary, exit 0 when it went well. */
export async function runSyncOnceAndExit(): Promise<never> {
  const outcome = await runSync({ trigger: "cli", force: true }).catch((err: unknown) => ({
    ran: false as const,
    reason: String(err),
  }));
  if (!outcome.ran) console.error(`Sync did not run: ${outcome.reason}.`);
  else
    console.log(
      `Sync ${outcome.ok ? "done" : "finished with errors"}: ${outcome.listed} shipments listed, ${outcome.searched} searched, ${outcome.discrepancies} discrepancies indexed, ${outcome.failed} failed, ${outcome.calls} calls.${outcome.error ? ` Last error: ${outcome.error.message}` : ""}`,
    );
  const { closeStore } = await import("@/lib/db/client");
  await closeStore();
  process.exit(outcome.ran && outcome.ok ? 0 : 1);
}
