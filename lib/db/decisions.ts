// Decisions, notes and their audit events: read a shipment's decisions, and change one with
// optimistic concurrency in one transaction. Server-only.
import "server-only";
import { asc, count, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { AppError } from "@/lib/api/errors";
import {
  type Decision,
  type DecisionChange,
  eventsFor,
  MAX_NOTES,
  NOTES_SHOWN,
  openDecision,
} from "@/lib/decisions/model";
import type { Db } from "./client";
import { toDecision, toEvent } from "./rows";
import { decisions, events, notes } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type NoteRow = typeof notes.$inferSelect;

/** The latest NOTES_SHOWN notes of each discrepancy (oldest first) and how many each has. */
async function latestNotes(q: Db | Tx, entityIds: string[]) {
  const ranked = q
    .select({
      id: notes.id,
      entityId: notes.entityId,
      author: notes.author,
      at: notes.at,
      text: notes.text,
      rank: sql<number>`(row_number() over (partition by ${notes.entityId} order by ${notes.id} desc))::int`.as("rank"),
      total: sql<number>`(count(*) over (partition by ${notes.entityId}))::int`.as("total"),
    })
    .from(notes)
    .where(inArray(notes.entityId, entityIds))
    .as("ranked");
  const rows = await q.select().from(ranked).where(lte(ranked.rank, NOTES_SHOWN)).orderBy(asc(ranked.id));
  const byEntity = new Map<string, { rows: NoteRow[]; total: number }>();
  for (const { rank: _, total, ...note } of rows) {
    const entry = byEntity.get(note.entityId) ?? { rows: [], total: Number(total) };
    entry.rows.push(note);
    byEntity.set(note.entityId, entry);
  }
  return byEntity;
}

async function load(q: Db | Tx, entityIds: string[]): Promise<Decision[]> {
  if (entityIds.length === 0) return [];
  const rows = await q.select().from(decisions).where(inArray(decisions.entityId, entityIds));
  const noted = rows.length
    ? await latestNotes(
        q,
        rows.map((r) => r.entityId),
      )
    : new Map();
  return rows.map((r) => {
    const n = noted.get(r.entityId);
    return toDecision(r, n?.rows ?? [], n?.total ?? 0);
  });
}

/** Every stored decision of a shipment. */
export async function shipmentDecisions(db: Db, shipmentId: string): Promise<Decision[]> {
  const ids = await db
    .select({ id: decisions.entityId })
    .from(decisions)
    .where(eq(decisions.shipmentId, shipmentId))
    .orderBy(asc(decisions.entityId));
  return load(
    db,
    ids.map((r) => r.id),
  );
}

/** One decision, `open` at version 0 when none is stored. */
export async function decisionOf(db: Db, shipmentId: string, entityId: string): Promise<Decision> {
  return (await load(db, [entityId]))[0] ?? openDecision(entityId, shipmentId);
}

/**
 * Applies a change made by `actor` when the caller saw `version`. A stale version is a CONFLICT
 * carrying the current decision, and nothing is written. Fields that do not really change make no
 * event and, when nothing changes, the version stays.
 */
export async function changeDecision(
  db: Db,
  input: { shipmentId: string; entityId: string; version: number; change: DecisionChange; actor: string },
): Promise<Decision> {
  const { shipmentId, entityId, change, actor } = input;
  return db.transaction(async (tx) => {
    const locked = async () =>
      (await tx.select().from(decisions).where(eq(decisions.entityId, entityId)).for("update"))[0];
    let row = await locked();
    if (!row && input.version === 0) {
      // First decision on this discrepancy; a concurrent first writer wins the insert.
      await tx
        .insert(decisions)
        .values({ entityId, shipmentId, status: "open", version: 0, updatedBy: actor })
        .onConflictDoNothing();
      row = await locked();
    }
    if (!row || row.version !== input.version)
      throw new AppError("CONFLICT", "Someone else changed this decision since you loaded it.", {
        extra: { current: (await load(tx, [entityId]))[0] ?? openDecision(entityId, shipmentId) },
      });

    // Notes are only appended, so the change's events do not depend on them.
    const current = toDecision(row, []);
    const changes = eventsFor(current, change);
    const withNotes = async (r: typeof row) => {
      const n = (await latestNotes(tx, [entityId])).get(entityId);
      return toDecision(r, n?.rows ?? [], n?.total ?? 0);
    };
    if (changes.length === 0) return withNotes(row);
    if (change.note !== undefined) {
      const [{ total }] = (await tx.select({ total: count() }).from(notes).where(eq(notes.entityId, entityId))) as [
        { total: number },
      ];
      if (Number(total) >= MAX_NOTES)
        throw new AppError(
          "LIMIT_REACHED",
          `This discrepancy already has ${MAX_NOTES} notes, the most it can hold. Nothing was saved.`,
        );
    }
    const version = current.version + 1;
    const now = new Date();
    const next = { ...current, ...change };
    const [updated] = await tx
      .update(decisions)
      .set({
        status: next.status,
        assignee: next.assignee,
        claimParty: next.claim?.party ?? null,
        claimReference: next.claim?.reference ?? null,
        claimAmount: next.claim?.amount ?? null,
        claimCurrency: next.claim?.currency ?? null,
        recoveryAmount: next.recovery?.amount ?? null,
        recoveryCurrency: next.recovery?.currency ?? null,
        recoveryReference: next.recovery?.reference ?? null,
        recoveryAt: next.recovery?.at ?? null,
        version,
        updatedAt: now,
        updatedBy: actor,
      })
      .where(eq(decisions.entityId, entityId))
      .returning();
    if (change.note !== undefined)
      await tx.insert(notes).values({ entityId, author: actor, at: now, text: change.note });
    await tx
      .insert(events)
      .values(
        changes.map((c) => ({ at: now, actor, shipmentId, entityId, kind: c.kind, data: { ...c.data, version } })),
      );
    return withNotes(updated!);
  });
}

/** A shipment's events, newest first. */
export async function shipmentActivity(db: Db, shipmentId: string, limit = 500) {
  const rows = await db
    .select()
    .from(events)
    .where(eq(events.shipmentId, shipmentId))
    .orderBy(desc(events.id))
    .limit(limit);
  return rows.map(toEvent);
}

/** Records something done to a shipment as a whole (an evidence pack or a report downloaded). */
export async function recordShipmentEvent(
  db: Db,
  e: { actor: string; shipmentId: string; kind: string; data: Record<string, unknown> },
): Promise<void> {
  await db
    .insert(events)
    .values({ actor: e.actor, shipmentId: e.shipmentId, entityId: null, kind: e.kind, data: e.data });
}
