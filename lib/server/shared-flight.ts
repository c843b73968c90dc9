// Single-flight across instances: when several instances need the same answer at once, one of
// them loads it (holding a short lock in Redis) and stores it there; the others wait for it and
// read it instead of asking upstream themselves. Without Redis, or when Redis fails mid-way, each
// caller simply loads (the in-process cache in front still shares one call per instance).
// Server-only.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { metrics } from "@/lib/server/metrics.mjs";
import { REDIS_PREFIX, type Redis, redis } from "@/lib/server/redis";

export interface SharedFlightOptions<V> {
  /** How long a stored answer may be read by callers that were not waiting for it. */
  keepMs: (value: V) => number;
  /** Whether a stored answer may still be served now (e.g. its signed URLs have time left). */
  usable?: (value: V, nowMs: number) => boolean;
  /** The longest a waiter waits for another instance before loading itself. */
  waitMs: number;
}

const POLL_MS = 25;
/** An answer only waiters may read (it must not be served later) lives this long. */
const FOR_WAITERS_MS = 5_000;

const hashed = (key: string) => createHash("sha256").update(key).digest("base64url");

async function read<V>(client: Redis, key: string): Promise<{ value: V; shared: boolean } | null> {
  const raw = await client.get(key);
  if (raw === null) return null;
  return JSON.parse(raw) as { value: V; shared: boolean };
}

/**
 * `load()`'s answer for `key`, loaded by at most one instance at a time. `key` may hold anything
 * (it is hashed); answers must survive JSON.
 */
export async function sharedFlight<V>(
  name: string,
  key: string,
  load: () => Promise<V>,
  options: SharedFlightOptions<V>,
): Promise<V> {
  const client = await redis();
  if (!client) return load();
  const id = hashed(key);
  const answerKey = `${REDIS_PREFIX}flight:${name}:${id}`;
  const lockKey = `${answerKey}:lock`;
  const usable = options.usable ?? (() => true);
  const until = Date.now() + options.waitMs;
  let waited = false;
  try {
    for (;;) {
      const stored = await read<V>(client, answerKey);
      // A caller that waited takes whatever the loader stored; one that did not only what may be kept.
      if (stored && (waited || (stored.shared && usable(stored.value, Date.now())))) {
        metrics().cache.inc({ cache: `${name}-shared`, result: "hit" });
        return stored.value;
      }
      const token = randomUUID();
      const locked = await client.set(lockKey, token, {
        condition: "NX",
        expiration: { type: "PX", value: options.waitMs },
      });
      if (locked === "OK") {
        // Whatever an earlier flight left for its waiters is not for ours.
        await client.del(answerKey);
        metrics().cache.inc({ cache: `${name}-shared`, result: "miss" });
        return await loadAndStore(client, answerKey, lockKey, token, load, options, usable);
      }
      if (Date.now() >= until) break;
      waited = true;
      await sleep(POLL_MS);
    }
  } catch (err) {
    if (err instanceof LoadFailed) throw err.cause;
    // Redis failed: go on alone.
  }
  return load();
}

class LoadFailed extends Error {}

async function loadAndStore<V>(
  client: Redis,
  answerKey: string,
  lockKey: string,
  token: string,
  load: () => Promise<V>,
  options: SharedFlightOptions<V>,
  usable: (value: V, nowMs: number) => boolean,
): Promise<V> {
  let value: V;
  try {
    value = await load();
  } catch (cause) {
    // Let a waiter try at once instead of waiting out the lock.
    await client.del(lockKey).catch(() => {});
    throw new LoadFailed("load failed", { cause });
  }
  try {
    const keep = usable(value, Date.now()) ? options.keepMs(value) : 0;
    const shared = keep > 0;
    await client.set(answerKey, JSON.stringify({ value, shared }), {
      expiration: { type: "PX", value: Math.max(keep, FOR_WAITERS_MS) },
    });
    // Only our own lock: it may have expired and been taken by another loader meanwhile.
    if ((await client.get(lockKey)) === token) await client.del(lockKey);
  } catch {}
  return value;
}
