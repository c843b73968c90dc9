// The sync's and the claim deadlines' settings, from the environment. Server-only.
import "server-only";
import { z } from "zod";
import type { ClaimWindows } from "@/lib/shipments/claim-deadline";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const int = (min: number, max: number, fallback: number) =>
  z.preprocess(blank, z.coerce.number().int().min(min).max(max).default(fallback));

const schema = z.object({
  SYNC_INTERVAL_SECONDS: int(0, 86_400, 300),
  SYNC_MANUAL_COOLDOWN_SECONDS: int(0, 3_600, 30),
  SYNC_CONCURRENCY: int(1, 32, 4),
  SYNC_CLOSED_DAYS: int(1, 365, 30),
  CLAIM_WINDOW_CARRIER_DAYS: int(1, 365, 7),
  CLAIM_WINDOW_SUPPLIER_DAYS: int(1, 365, 14),
});

export interface SyncSettings {
  /** 0: no background sync (npm run sync still runs it once). */
  intervalSeconds: number;
  /** "Check Sitoo now" starts a run at most this often (team-wide); a press inside it gets the last run. */
  manualCooldownSeconds: number;
  /** Photo searches in flight at once. */
  concurrency: number;
  /** How far back closed shipments are followed (by their last change). */
  closedDays: number;
  windows: ClaimWindows;
}

export function parseSyncSettings(env: Record<string, string | undefined>): SyncSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid sync configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    intervalSeconds: e.SYNC_INTERVAL_SECONDS,
    manualCooldownSeconds: e.SYNC_MANUAL_COOLDOWN_SECONDS,
    concurrency: e.SYNC_CONCURRENCY,
    closedDays: e.SYNC_CLOSED_DAYS,
    windows: { carrierDays: e.CLAIM_WINDOW_CARRIER_DAYS, supplierDays: e.CLAIM_WINDOW_SUPPLIER_DAYS },
  };
}

let cached: SyncSettings | undefined;
export function syncSettings(): SyncSettings {
  cached ??= parseSyncSettings(process.env);
  return cached;
}
