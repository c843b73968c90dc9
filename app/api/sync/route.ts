import { apiRoute } from "@/lib/api/route";
import { runSync } from "@/lib/sync/run";
import { syncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

/** The sync's state, as the worklist shows it. */
export const GET = apiRoute(async () => syncStatus());

/** "Check Sitoo now": one run, unless another instance is running one (then its result shows). */
export const POST = apiRoute(async () => {
  const outcome = await runSync({ trigger: "manual", force: true });
  return { outcome, sync: await syncStatus() };
});
