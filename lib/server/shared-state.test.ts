// State shared by instances: search single-flight and sign-in counts in a real Redis
// (TEST_REDIS_URL, else 127.0.0.1:6379 database 8), and sign-in counts in a real PostgreSQL
// database when there is no Redis. Two guards or two callers stand for two instances: what they
// share goes only through Redis or the database. Skipped, with the reason, where a server is missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSignInGuard, DEFAULT_GUARD_OPTIONS, type GuardOutcome } from "@/lib/auth/password-guard";
import { closeStore } from "@/lib/db/client";
import { describeStores } from "@/lib/db/test-stores";
import { closeRedis, publish, subscribe } from "./redis";
import { sharedFlight } from "./shared-flight";
import { sharedLimiter } from "./shared-limiter";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/8";

async function redisProblem(): Promise<string | null> {
  const { createClient } = await import("redis");
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 1_500, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.flushDb();
    return null;
  } catch (err) {
    return `no Redis at ${REDIS_URL} (${(err as Error).message})`;
  } finally {
    if (client.isOpen) await client.close();
  }
}

const problem = await redisProblem();
if (problem) console.warn(`[shared state tests] Redis suite skipped: ${problem}. Set TEST_REDIS_URL to run it.`);

const wrong = async () => false;
const FAST = { ...DEFAULT_GUARD_OPTIONS, running: 2 };

/** Six wrong passwords for one account, alternating between two guards ("instances"). */
async function sixOverTwo(): Promise<GuardOutcome[]> {
  const guards = [createSignInGuard(FAST, sharedLimiter), createSignInGuard(FAST, sharedLimiter)];
  const outcomes: GuardOutcome[] = [];
  for (let i = 0; i < 6; i++)
    outcomes.push(await guards[i % 2]!.attempt({ account: "shared-ann", address: `192.0.2.${i}`, known: true }, wrong));
  return outcomes;
}

describe.skipIf(problem !== null)(`with Redis${problem ? ` (skipped: ${problem})` : ""}`, () => {
  beforeAll(() => {
    process.env.REDIS_URL = REDIS_URL;
  });
  afterAll(async () => {
    await closeRedis();
    delete process.env.REDIS_URL;
  });

  it("20 callers asking for the same answer at once cause one load; all get it", async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 150));
      return { files: ["a", "b"], at: 1 };
    };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => sharedFlight("test", "same-key", load, { keepMs: () => 0, waitMs: 5_000 })),
    );
    expect(loads).toBe(1);
    for (const answer of answers) expect(answer).toEqual({ files: ["a", "b"], at: 1 });
  });

  it("a stored answer is served later only while it may be kept", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const options = { keepMs: () => 60_000, waitMs: 5_000 };
    expect(await sharedFlight("test", "kept", load, options)).toBe(1);
    expect(await sharedFlight("test", "kept", load, options)).toBe(1);
    // Not kept (e.g. a photo still processing): the next caller loads again.
    const notKept = { keepMs: () => 0, waitMs: 5_000 };
    expect(await sharedFlight("test", "not-kept", load, notKept)).toBe(2);
    expect(await sharedFlight("test", "not-kept", load, notKept)).toBe(3);
  });

  it("a failed load reaches its caller, and a waiting caller then loads for itself", async () => {
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 100));
      if (loads === 1) throw new Error("upstream said no");
      return "second try";
    };
    const options = { keepMs: () => 0, waitMs: 5_000 };
    const [first, second] = await Promise.allSettled([
      sharedFlight("test", "failing", load, options),
      new Promise((r) => setTimeout(r, 20)).then(() => sharedFlight("test", "failing", load, options)),
    ]);
    expect(first).toMatchObject({ status: "rejected", reason: { message: "upstream said no" } });
    expect(second).toEqual({ status: "fulfilled", value: "second try" });
    expect(loads).toBe(2);
  });

  it("sign-in counts are shared: the sixth wrong password over two instances is refused", async () => {
    const outcomes = await sixOverTwo();
    expect(outcomes.slice(0, 5).map((o) => o.ok || o.refused)).toEqual(Array(5).fill(null));
    expect(outcomes[5]).toMatchObject({ ok: false, refused: "account" });
  });

  it("a message published by one instance reaches every subscriber", async () => {
    const heard: string[] = [];
    expect(await subscribe("test-channel", (m) => heard.push(m))).toBe(true);
    expect(await publish("test-channel", "signed out")).toBe(true);
    await expect.poll(() => heard).toEqual(["signed out"]);
  });
});

describeStores("sign-in counts without Redis", (_store, databaseUrl) => {
  it("on a shared PostgreSQL database, the sixth wrong password over two instances is refused", async (ctx) => {
    const url = databaseUrl();
    if (!url) return ctx.skip("the embedded database is one process: there is nothing to share");
    process.env.DATABASE_URL = url;
    try {
      const outcomes = await sixOverTwo();
      expect(outcomes.slice(0, 5).map((o) => o.ok || o.refused)).toEqual(Array(5).fill(null));
      expect(outcomes[5]).toMatchObject({ ok: false, refused: "account" });
    } finally {
      await closeStore();
      delete process.env.DATABASE_URL;
    }
  });
});

describe("with Redis configured but unreachable", () => {
  beforeAll(async () => {
    await closeRedis();
    process.env.REDIS_URL = "redis://127.0.0.1:9/0";
  });
  afterAll(async () => {
    await closeRedis();
    delete process.env.REDIS_URL;
  });

  it("each instance goes on alone: searches load, the sign-in limit counts in memory, and only the first call waits", async () => {
    let loads = 0;
    const load = async () => ++loads;
    const started = Date.now();
    expect(await sharedFlight("test", "away", load, { keepMs: () => 60_000, waitMs: 5_000 })).toBe(1);
    expect(Date.now() - started).toBeLessThan(3_000);
    const later = Date.now();
    expect(await sharedFlight("test", "away", load, { keepMs: () => 60_000, waitMs: 5_000 })).toBe(2);
    expect(Date.now() - later).toBeLessThan(100);

    const guard = createSignInGuard(FAST, sharedLimiter);
    const outcomes: GuardOutcome[] = [];
    for (let i = 0; i < 6; i++)
      outcomes.push(await guard.attempt({ account: "alone", address: null, known: true }, wrong));
    expect(outcomes[5]).toMatchObject({ ok: false, refused: "account" });
    expect(await publish("test-channel", "lost")).toBe(false);
  });
});
