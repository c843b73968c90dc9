import { describe, expect, it, vi } from "vitest";
import { createSignInGuard, DEFAULT_GUARD_OPTIONS, type GuardOutcome } from "./password-guard";

// A password check that takes a while, like scrypt, and counts how many ran.
function slowCheck(result: boolean, ms = 20) {
  const counter = { runs: 0 };
  const check = async () => {
    counter.runs++;
    await new Promise((r) => setTimeout(r, ms));
    return result;
  };
  return { counter, check };
}

const refusals = (outcomes: GuardOutcome[]) =>
  outcomes.filter((o): o is Extract<GuardOutcome, { retryAfter: number }> => !o.ok && o.refused !== null);

describe("sign-in guard", () => {
  it("a burst of 100 attempts at one account runs at most five password checks", async () => {
    const guard = createSignInGuard();
    const { counter, check } = slowCheck(false);
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        guard.attempt({ account: "colleague", address: `198.51.100.${i}`, known: true }, check),
      ),
    );
    expect(counter.runs).toBeLessThanOrEqual(5);
    expect(counter.runs).toBeGreaterThan(0);
    expect(refusals(outcomes)).toHaveLength(100 - counter.runs);
    for (const o of refusals(outcomes)) expect(o.retryAfter).toBeGreaterThan(0);
  });

  it("counts before hashing, one attempt in flight per account, and case and spaces do not make another account", async () => {
    const guard = createSignInGuard();
    const { counter, check } = slowCheck(false);
    const first = guard.attempt({ account: "Ann", address: null, known: true }, check);
    const second = await guard.attempt({ account: " ann ", address: null, known: true }, check);
    expect(second).toEqual({ ok: false, refused: "in_flight", retryAfter: 1 });
    expect(await first).toEqual({ ok: false, refused: null });
    for (let i = 0; i < 4; i++) await guard.attempt({ account: "ann", address: null, known: true }, check);
    const locked = await guard.attempt({ account: "ann", address: null, known: true }, check);
    expect(locked).toMatchObject({ ok: false, refused: "account" });
    expect(counter.runs).toBe(5);
  });

  it("limits an address across accounts, and a success gives its attempt back", async () => {
    const guard = createSignInGuard();
    const wrong = slowCheck(false, 1);
    const right = slowCheck(true, 1);
    for (let i = 0; i < 4; i++)
      await guard.attempt({ account: `x${i}`, address: "203.0.113.7", known: false }, wrong.check);
    expect(await guard.attempt({ account: "ann", address: "203.0.113.7", known: true }, right.check)).toEqual({
      ok: true,
    });
    // The success did not use up the fifth attempt; the next failure does.
    await guard.attempt({ account: "x5", address: "203.0.113.7", known: false }, wrong.check);
    const blocked = await guard.attempt({ account: "ann", address: "203.0.113.7", known: true }, right.check);
    expect(blocked).toMatchObject({ ok: false, refused: "address" });
    // Another address is not affected.
    expect(await guard.attempt({ account: "ann", address: "203.0.113.8", known: true }, right.check)).toEqual({
      ok: true,
    });
  });

  it("a flood of unknown accounts gets quick refusals, two checks at a time, and a real account goes first", async () => {
    const guard = createSignInGuard();
    // The strangers' checks hold until released, like scrypt on a busy thread pool.
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const order: string[] = [];
    const strangers = (name: string) => async () => {
      await gate;
      order.push(name);
      return false;
    };
    const flood = Array.from({ length: 40 }, (_, i) =>
      guard.attempt({ account: `random-${i}`, address: null, known: false }, strangers(`random-${i}`)),
    );
    await vi.waitFor(() =>
      expect(guard.load()).toEqual({ running: DEFAULT_GUARD_OPTIONS.running, waiting: DEFAULT_GUARD_OPTIONS.waiting }),
    );
    // The queue is full for strangers: the rest were refused at once.
    const more = await guard.attempt({ account: "random-x", address: null, known: false }, strangers("random-x"));
    expect(more).toEqual({ ok: false, refused: "busy", retryAfter: 1 });
    // Staff still get in, ahead of the strangers who were waiting.
    const staff = guard.attempt({ account: "reviewer", address: null, known: true }, async () => {
      order.push("reviewer");
      return true;
    });
    release();
    expect(await staff).toEqual({ ok: true });
    const outcomes = await Promise.all(flood);
    expect(order.indexOf("reviewer")).toBe(DEFAULT_GUARD_OPTIONS.running);
    expect(order).toHaveLength(DEFAULT_GUARD_OPTIONS.running + DEFAULT_GUARD_OPTIONS.waiting + 1);
    expect(refusals(outcomes).filter((o) => o.refused === "busy")).toHaveLength(
      40 - DEFAULT_GUARD_OPTIONS.running - DEFAULT_GUARD_OPTIONS.waiting,
    );
  });

  it("once the failure budget is spent, unknown accounts are refused without a check; real ones are still checked", async () => {
    const guard = createSignInGuard({ ...DEFAULT_GUARD_OPTIONS, failuresPerMinute: 3 });
    const wrong = slowCheck(false, 1);
    for (let i = 0; i < 3; i++) await guard.attempt({ account: `r${i}`, address: null, known: false }, wrong.check);
    const refused = await guard.attempt({ account: "r9", address: null, known: false }, wrong.check);
    expect(refused).toMatchObject({ ok: false, refused: "budget" });
    expect(wrong.counter.runs).toBe(3);
    const right = slowCheck(true, 1);
    expect(await guard.attempt({ account: "reviewer", address: null, known: true }, right.check)).toEqual({ ok: true });
  });
});
