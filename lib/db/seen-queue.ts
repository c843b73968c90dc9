// Records search answers in the discrepancy index without ever slowing or failing a search: the
// answer is queued, and a timer writes the queue in one batch. A failing database is logged and
// the batch dropped (the next search of that shipment records it again); a row the database
// refuses is logged and costs no other row its place. Server-only.
import "server-only";
import { type SeenInPage, seenInPage } from "@/lib/decisions/seen";
import type { PhotoPage } from "@/lib/photos/types";
import { log } from "@/lib/server/log";
import { singleton } from "@/lib/server/singleton";
import { db } from "./client";
import { isIndexed, recordSeen } from "./discrepancies";

const FLUSH_AFTER_MS = 250;
const MAX_BATCH = 1_000;

interface Queue {
  pending: Map<string, SeenInPage>;
  timer: NodeJS.Timeout | null;
  flushing: Promise<void> | null;
}

const queue = () => singleton<Queue>("seen-queue", () => ({ pending: new Map(), timer: null, flushing: null }));

/** SPR_INDEX_WRITES=0 turns the index writes off (for measuring their cost in `npm run bench`). */
const enabled = () => process.env.SPR_INDEX_WRITES !== "0";

export function queueSearchAnswer(page: PhotoPage, hadCursor: boolean): void {
  if (!enabled()) return;
  const q = queue();
  for (const seen of seenInPage(page, hadCursor)) {
    const before = q.pending.get(seen.entityId);
    // Two partial views of one discrepancy in one batch: keep the larger count.
    if (before && seen.partial) seen.photoCount = Math.max(seen.photoCount, before.photoCount);
    q.pending.set(seen.entityId, seen);
  }
  if (q.pending.size >= MAX_BATCH) void flushSeen();
  else q.timer ??= setTimeout(() => void flushSeen(), FLUSH_AFTER_MS);
}

/** Writes what is queued now; resolves when written (or dropped after an error). */
export async function flushSeen(): Promise<void> {
  const q = queue();
  if (q.timer) clearTimeout(q.timer);
  q.timer = null;
  await q.flushing;
  if (q.pending.size === 0) return;
  const batch = [...q.pending.values()];
  q.pending.clear();
  q.flushing = (async () => {
    try {
      const refused = await recordSeen(await db(), batch);
      for (const r of refused.slice(0, 5))
        log("warn", "discrepancy not indexed", {
          entity_id: JSON.stringify(r.entityId).slice(0, 200),
          error: r.error.slice(0, 300),
        });
    } catch (err) {
      log("warn", "discrepancy index write failed", { count: batch.length, error: String(err) });
    }
  })();
  await q.flushing;
  q.flushing = null;
}

/**
 * True when a search has shown this discrepancy. One shown a moment ago may still be queued, here
 * or on another instance: this queue is written, and another instance's batch waited for, before
 * saying no (only an unknown entity_id pays that wait).
 */
export async function isKnownDiscrepancy(entityId: string): Promise<boolean> {
  const store = await db();
  if (await isIndexed(store, entityId)) return true;
  await flushSeen();
  if (await isIndexed(store, entityId)) return true;
  await new Promise((resolve) => setTimeout(resolve, FLUSH_AFTER_MS + 150));
  return isIndexed(store, entityId);
}
