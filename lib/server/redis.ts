// Redis, when REDIS_URL is set: the state instances share (sign-in counts, search single-flight,
// sign-out broadcasts). Optional: without it each instance keeps that state in memory. Redis is
// never the only copy of anything that must survive — decisions and revocations live in the
// database — so an unreachable Redis only makes instances behave as if they were alone (logged).
// Server-only.
import "server-only";
import { createClient } from "redis";
import { log } from "@/lib/server/log";
import { singleton } from "@/lib/server/singleton";
import { within } from "./within";

function connect(url: string) {
  const client = createClient({
    url,
    // Fail a command at once while disconnected instead of queueing it: every caller has an
    // in-memory way to go on.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(200 * 2 ** retries, 5_000) },
  });
  let reported = false;
  client.on("error", (err: Error) => {
    if (reported) return;
    reported = true;
    log("warn", "redis unavailable; shared state falls back to this instance", { error: err.message });
  });
  client.on("ready", () => {
    if (reported) log("info", "redis connected again");
    reported = false;
  });
  return client;
}

export type Redis = ReturnType<typeof connect>;

/** Every key and channel of ours starts with this, so one Redis can serve other things too. */
export const REDIS_PREFIX = "spr:";

/** How long a caller waits for a connection before going on without Redis. */
const CONNECT_WAIT_MS = 1_500;

interface Holder {
  client: Redis | null;
  subscriber: Redis | null;
  ready: Promise<void> | null;
  /** Whether a caller has already waited for the first connection. */
  waited: boolean;
}

const holder = () => singleton<Holder>("redis", () => ({ client: null, subscriber: null, ready: null, waited: false }));

export function redisConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env.REDIS_URL?.trim());
}

/**
 * The process's Redis client when REDIS_URL is set and it is connected now; null otherwise (not
 * configured, or not reachable: the client keeps reconnecting in the background). The first call
 * waits a moment for the first connection; later ones never wait.
 */
export async function redis(): Promise<Redis | null> {
  const client = redisClient();
  if (!client) return null;
  // Only the first connection is waited for; later, a Redis that is away costs callers nothing.
  if (!client.isReady && !holder().waited) {
    await within(holder().ready ?? Promise.resolve(), CONNECT_WAIT_MS);
    holder().waited = true;
  }
  return client.isReady ? client : null;
}

/**
 * The process's Redis client whether or not it is connected right now (it connects and reconnects
 * by itself), for libraries that check readiness themselves; null when REDIS_URL is not set.
 */
export function redisClient(): Redis | null {
  const url = process.env.REDIS_URL?.trim();
  if (!url) return null;
  const h = holder();
  if (!h.client) {
    const client = connect(url);
    h.client = client;
    h.ready = client.connect().then(
      () => undefined,
      () => undefined,
    );
  }
  return h.client;
}

/** Whether Redis answers a PING within two seconds: "ok", "unavailable", or "off" when not configured. */
export async function redisReady(): Promise<"ok" | "unavailable" | "off"> {
  if (!redisConfigured()) return "off";
  const client = await redis();
  if (!client) return "unavailable";
  const answer = await within(
    client.ping().catch(() => null),
    2_000,
  );
  return answer === "PONG" ? "ok" : "unavailable";
}

/** Sends `message` to every instance subscribed to `channel` (this one included). Best effort. */
export async function publish(channel: string, message: string): Promise<boolean> {
  const client = await redis();
  if (!client) return false;
  try {
    await client.publish(REDIS_PREFIX + channel, message);
    return true;
  } catch {
    return false;
  }
}

/**
 * Calls `listener` with every message published on `channel` by any instance (this one included),
 * for the life of the process. False when Redis is not configured or not reachable now: call again
 * later. Once subscribed, the connection resubscribes by itself after a reconnect.
 */
export async function subscribe(channel: string, listener: (message: string) => void): Promise<boolean> {
  const client = await redis();
  if (!client) return false;
  const h = holder();
  if (!h.subscriber) {
    const subscriber = client.duplicate();
    subscriber.on("error", () => {});
    h.subscriber = subscriber;
  }
  try {
    if (!h.subscriber.isOpen) await h.subscriber.connect();
    await h.subscriber.subscribe(REDIS_PREFIX + channel, listener);
    return true;
  } catch {
    return false;
  }
}

/** Closes the connections (graceful shutdown). */
export async function closeRedis(): Promise<void> {
  const h = holder();
  const clients = [h.subscriber, h.client].filter((c): c is Redis => c !== null);
  h.client = null;
  h.subscriber = null;
  h.ready = null;
  h.waited = false;
  await Promise.all(clients.map((c) => (c.isOpen ? c.close().catch(() => c.destroy()) : Promise.resolve())));
}
