// What the worklist says about the sync: whether Shipments is on, when the sync last ran, what
// failed, and why the shipment list is unavailable when it is. Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { iso } from "@/lib/db/rows";
import { lastGoodSyncAt, recentSyncRuns, shipmentCount } from "@/lib/db/shipments";
import type { SyncStatus } from "@/lib/shipments/model";
import { shipmentsEnabled } from "@/lib/sitoo/shipments";
import { syncSettings } from "./settings";

export async function syncStatus(): Promise<SyncStatus> {
  const intervalSeconds = syncSettings().intervalSeconds;
  if (!shipmentsEnabled())
    return {
      enabled: false,
      interval_seconds: intervalSeconds,
      last_run: null,
      shipments_known: 0,
      unavailable: {
        code: "SHIPMENTS_OFF",
        message: "Sitoo Shipments is turned off for this dashboard (SITOO_SHIPMENTS_BASE_URL=off).",
      },
    };
  const store = await db();
  const [[run], known] = await Promise.all([recentSyncRuns(store, 1), shipmentCount(store)]);
  const lastRun = run
    ? {
        started_at: iso(run.startedAt),
        finished_at: run.finishedAt ? iso(run.finishedAt) : null,
        ok: run.ok,
        listed: run.listed,
        searched: run.searched,
        discrepancies: run.discrepancies,
        failed: run.failed,
        error_code: run.errorCode,
        error: run.error,
      }
    : null;
  return {
    enabled: true,
    interval_seconds: intervalSeconds,
    last_run: lastRun,
    shipments_known: known,
    // Refused by Sitoo: the list is unavailable until an administrator acts. Other failures are
    // passing trouble, shown as the last run's error.
    unavailable:
      run?.errorCode === "UPSTREAM_AUTH_FAILED" ? { code: run.errorCode, message: run.error ?? "Refused." } : null,
  };
}

/** Seconds since the last sync run that ended without errors; null when none has (or no store). */
export async function syncLagSeconds(): Promise<number | null> {
  const at = await lastGoodSyncAt(await db()).catch(() => null);
  return at ? Math.max(0, (Date.now() - at.getTime()) / 1000) : null;
}
