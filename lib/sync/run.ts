// The sync: lists arrived and recently closed Sitoo shipments (two calls per page: Sitoo refuses
// mixed states), stores them, searches the photos of those not indexed yet, and adds their
// discrepancies to the index, so the worklist fills itself. One run at a time across instances
// (an advisory lock), none when one ran a moment ago; the run itself is lib/sync/sync-run.ts.
// Server-only.
import "server-only";
import { LOCKS, store as processStore, type Store } from "@/lib/db/client";
import { recentSyncRuns } from "@/lib/db/shipments";
import { type SitooConfig, sitooConfig } from "@/lib/sitoo/config";
import { type SyncSettings, syncSettings } from "./settings";
import { type SyncOutcome, SyncRun, type SyncTrigger } from "./sync-run";

export type { SyncOutcome, SyncTrigger } from "./sync-run";

interface Options {
  trigger: SyncTrigger;
  /** Run even if another instance finished a run a moment ago. */
  force?: boolean;
  /** No new run when one (on any instance) started less than this long ago: a press of "Check Sitoo now". */
  cooldownSeconds?: number;
  store?: Store;
  config?: SitooConfig;
  settings?: SyncSettings;
  now?: () => Date;
}

/** Runs one sync unless Shipments is off, another instance is running one, or one just finished. */
export async function runSync(o: Options): Promise<SyncOutcome> {
  const config = o.config ?? sitooConfig();
  const settings = o.settings ?? syncSettings();
  if (!config.shipmentsBaseUrl) return { ran: false, reason: "off" };
  const store = o.store ?? (await processStore());
  const now = o.now ?? (() => new Date());
  const held = await store.exclusive(LOCKS.sync, async (): Promise<SyncOutcome> => {
    if (!o.force && (await finishedRecently(store, settings, now()))) return { ran: false, reason: "recent" };
    if (o.cooldownSeconds && (await startedWithin(store, o.cooldownSeconds, now())))
      return { ran: false, reason: "recent" };
    return new SyncRun(store, config, settings, now, o.trigger).run();
  });
  return held.ran ? held.value : { ran: false, reason: "busy" };
}

async function startedWithin(store: Store, seconds: number, at: Date): Promise<boolean> {
  const [last] = await recentSyncRuns(store.db, 1);
  return last !== undefined && at.getTime() - last.startedAt.getTime() < seconds * 1000;
}

/** Instances started together: the first runs, the rest see its run and wait for the next interval. */
async function finishedRecently(store: Store, settings: SyncSettings, at: Date): Promise<boolean> {
  const [last] = await recentSyncRuns(store.db, 1);
  if (!last?.finishedAt) return false;
  const quiet = Math.max(5, settings.intervalSeconds / 2) * 1000;
  return at.getTime() - last.finishedAt.getTime() < quiet;
}
