import { apiRoute } from "@/lib/api/route";
import { runSync } from "@/lib/sync/run";
import { syncSettings } from "@/lib/sync/settings";
import { syncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

/** The sync's state, as the worklist shows it. */
export const GET = apiRoute({ role: "viewer" }, async () => syncStatus());

/**
 * "Check Sitoo now": one run, unless one is under way (then its result shows) or one started in
 * the last SYNC_MANUAL_COOLDOWN_SECONDS (then that one's result shows): presses cannot spend the
 * account's Sitoo rate limit.
 */
export const POST = apiRoute({ role: "reviewer" }, async () => {
  const outcome = await runSync({
    trigger: "manual",
    force: true,
    cooldownSeconds: syncSettings().manualCooldownSeconds,
  });
  return { outcome, sync: await syncStatus() };
});
