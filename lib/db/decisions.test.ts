import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { DECISION_STATUSES, type DecisionChange, replay } from "@/lib/decisions/model";
import type { Db } from "./client";
import { changeDecision, decisionOf, shipmentActivity, shipmentDecisions } from "./decisions";
import { events } from "./schema";
import { describeStores } from "./test-stores";

const S = "1RT823V93";
let n = 0;
const entity = () => `${S}|SKU-00${n++}|DAMAGED|d${n}`;

/** A change by `actor` at `version` (0: the first decision on the discrepancy). */
const decide = (db: Db, entityId: string, change: DecisionChange, actor = "ann", version = 0) =>
  changeDecision(db, { shipmentId: S, entityId, version, actor, change });

async function conflict(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected a CONFLICT");
}

describeStores("decisions", (store) => {
  it("records what came back: a partial recovery, then the full one, each an event, replayable", async () => {
    const db = store().db;
    const id = entity();
    const claim = { party: "supplier" as const, reference: "SUP-1", amount: 12_950, currency: "SEK" };
    const claimed = await decide(db, id, { status: "claimed", claim });
    const partial = await decide(
      db,
      id,
      { recovery: { amount: 5_000, currency: "SEK", reference: "CN-77", at: "2026-11-30" } },
      "ann",
      claimed.version,
    );
    expect(partial.recovery).toEqual({ amount: 5_000, currency: "SEK", reference: "CN-77", at: "2026-11-30" });
    const full = await decide(
      db,
      id,
      { recovery: { amount: 12_950, currency: "SEK", reference: null, at: "2026-12-01" }, status: "credited" },
      "bob",
      partial.version,
    );
    expect(await decisionOf(db, S, id)).toMatchObject({
      status: "credited",
      recovery: { amount: 12_950, currency: "SEK", reference: null, at: "2026-12-01" },
    });
    const trail = (await shipmentActivity(db, S)).filter((e) => e.entity_id === id).reverse();
    expect(trail.map((e) => e.kind)).toEqual(["status", "claim", "recovery", "status", "recovery"]);
    const replayed = replay(id, S, trail);
    expect(replayed.recovery).toEqual(full.recovery);
    // Taking it back is a change too.
    const cleared = await decide(db, id, { recovery: null }, "bob", full.version);
    expect(cleared.recovery).toBeNull();
  });

  it("keeps at most 500 notes on a discrepancy and answers with the latest 50 and the count", async () => {
    const db = store().db;
    const id = entity();
    // 499 notes straight into the table (500 PATCHes would take a while), then the 500th through
    // changeDecision, then one too many.
    const first = await decide(db, id, { note: "note 0" });
    await db.execute(
      sql`insert into notes (entity_id, author, at, text) select ${id}, 'ann', now(), 'note ' || g from generate_series(1, 498) g`,
    );
    const full = await decide(db, id, { note: "note 499" }, "ann", first.version);
    expect(full.notes_total).toBe(500);
    expect(full.notes).toHaveLength(50);
    expect(full.notes.at(-1)?.text).toBe("note 499");
    expect(full.notes[0]?.text).toBe("note 450");
    const refused = await conflict(decide(db, id, { note: "one too many" }, "ann", full.version));
    expect(refused.code).toBe("LIMIT_REACHED");
    const after = await decisionOf(db, S, id);
    expect(after).toMatchObject({ version: full.version, notes_total: 500 });
    expect((await shipmentDecisions(db, S)).find((d) => d.entity_id === id)?.notes).toHaveLength(50);
  });

  it("takes a discrepancy from open to claimed to credited, with a claim and notes, each change audited", async () => {
    const db = store().db;
    const id = entity();
    expect(await decisionOf(db, S, id)).toMatchObject({ status: "open", version: 0, notes: [] });
    const claimed = await changeDecision(db, {
      shipmentId: S,
      entityId: id,
      version: 0,
      actor: "ann",
      change: {
        status: "claimed",
        assignee: "ann",
        claim: { party: "supplier", reference: "CLM-1", amount: 12_950, currency: "SEK" },
        note: "Supplier told by phone",
      },
    });
    expect(claimed).toMatchObject({
      status: "claimed",
      assignee: "ann",
      claim: { party: "supplier", reference: "CLM-1", amount: 12_950, currency: "SEK" },
      version: 1,
      updated_by: "ann",
    });
    expect(claimed.notes).toEqual([{ author: "ann", at: expect.any(String), text: "Supplier told by phone" }]);
    const credited = await changeDecision(db, {
      shipmentId: S,
      entityId: id,
      version: 1,
      actor: "bob",
      change: { status: "credited" },
    });
    expect(credited).toMatchObject({ status: "credited", version: 2, updated_by: "bob", assignee: "ann" });
    const activity = (await shipmentActivity(db, S)).filter((e) => e.entity_id === id);
    expect(activity.map((e) => [e.kind, e.actor])).toEqual([
      ["status", "bob"],
      ["note", "ann"],
      ["claim", "ann"],
      ["assignee", "ann"],
      ["status", "ann"],
    ]);
    expect((await shipmentDecisions(db, S)).map((d) => d.entity_id)).toContain(id);
  });

  it("refuses a stale version with the current decision and writes nothing", async () => {
    const db = store().db;
    const id = entity();
    await decide(db, id, { status: "in_progress" });
    const before = (await shipmentActivity(db, S)).length;
    const err = await conflict(
      changeDecision(db, { shipmentId: S, entityId: id, version: 0, actor: "bob", change: { note: "mine" } }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.toBody("r")).toMatchObject({ current: { status: "in_progress", version: 1 } });
    expect((await shipmentActivity(db, S)).length).toBe(before);
    expect((await decisionOf(db, S, id)).notes).toEqual([]);
  });

  it("a version ahead of a discrepancy never decided is a conflict, and creates nothing", async () => {
    const db = store().db;
    const id = entity();
    expect(
      (
        await conflict(
          changeDecision(db, { shipmentId: S, entityId: id, version: 3, actor: "a", change: { status: "claimed" } }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect((await shipmentDecisions(db, S)).map((d) => d.entity_id)).not.toContain(id);
  });

  it("the database refuses to update, delete or truncate an event", async () => {
    const db = store().db;
    const id = entity();
    await decide(db, id, { status: "no_action" });
    const count = () => db.$count(events);
    const before = await count();
    await expect(db.update(events).set({ actor: "mallory" })).rejects.toThrow();
    await expect(db.delete(events)).rejects.toThrow();
    await expect(db.execute(sql`truncate events`)).rejects.toThrow();
    expect(await count()).toBe(before);
    expect((await shipmentActivity(db, S)).every((e) => e.actor !== "mallory")).toBe(true);
  });

  it("any sequence of changes from two clients replays from the history to the final decision", async () => {
    const db = store().db;
    const change = fc.record(
      {
        status: fc.constantFrom(...DECISION_STATUSES),
        assignee: fc.constantFrom(null, "ann", "bob"),
        claim: fc.option(
          fc.record({
            party: fc.constantFrom("supplier", "carrier", "insurer"),
            reference: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
            amount: fc.option(fc.nat(100_000), { nil: null }),
            currency: fc.constant("SEK"),
          }),
          { nil: null },
        ),
        note: fc.string({ minLength: 1, maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("ann", "bob"), change, fc.boolean()), { minLength: 1, maxLength: 8 }),
        async (steps) => {
          const id = entity();
          const seen = new Map<string, number>([
            ["ann", 0],
            ["bob", 0],
          ]);
          for (const [actor, c, refresh] of steps) {
            try {
              const d = await changeDecision(db, {
                shipmentId: S,
                entityId: id,
                version: seen.get(actor)!,
                actor,
                change: c as DecisionChange,
              });
              seen.set(actor, d.version);
            } catch (err) {
              if (!(err instanceof AppError) || err.code !== "CONFLICT") throw err;
              // A client that reloads after a conflict sees the current version.
              if (refresh) seen.set(actor, (err.extra as { current: { version: number } }).current.version);
            }
          }
          const history = (await shipmentActivity(db, S)).filter((e) => e.entity_id === id).reverse();
          const final = await decisionOf(db, S, id);
          const replayed = replay(id, S, history);
          expect({ ...replayed, updated_at: null, updated_by: null }).toEqual({
            ...final,
            updated_at: null,
            updated_by: null,
          });
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("decision model", () => {
  it("replays nothing to an open decision", () => {
    expect(replay("x", S, [])).toMatchObject({ status: "open", version: 0 });
  });
});
