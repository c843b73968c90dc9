// The discrepancy index (every entity_id seen in a search) and the worklist over it. Server-only.
import "server-only";
import { and, asc, eq, gt, inArray, isNull, notInArray, or, type SQL, sql } from "drizzle-orm";
import { DECISION_STATUSES, type DecisionStatus, FINAL_STATUSES, type WorkItem } from "@/lib/decisions/model";
import type { SeenInPage } from "@/lib/decisions/seen";
import type { Db } from "./client";
import { iso } from "./rows";
import { decisions, discrepancies } from "./schema";

/** What one search answer showed of a discrepancy (see lib/decisions/seen.ts). */
export type SeenDiscrepancy = SeenInPage;

/** Upserts what a search answer showed: one statement for whole counts, one for partial ones. */
export async function recordSeen(db: Db, seen: SeenDiscrepancy[], at = new Date()): Promise<void> {
  for (const partial of [false, true]) {
    const group = seen.filter((s) => s.partial === partial);
    if (group.length === 0) continue;
    await db
      .insert(discrepancies)
      .values(group.map(({ partial: _, ...s }) => ({ ...s, firstSeenAt: at, lastSeenAt: at })))
      .onConflictDoUpdate({
        target: discrepancies.entityId,
        set: {
          photoCount: partial
            ? sql`greatest(${discrepancies.photoCount}, excluded.photo_count)`
            : sql`excluded.photo_count`,
          lastSeenAt: sql`excluded.last_seen_at`,
        },
      });
  }
}

export interface WorklistFilter {
  /** Statuses to list; empty: every status not final. */
  statuses: DecisionStatus[];
  /** "anyone", "unassigned", or a user name ("me" is resolved by the route). */
  assignee: string;
  reason: string | null;
  shipment: string | null;
}

export const WORKLIST_PAGE = 50;
const statusOf = sql<string>`coalesce(${decisions.status}, 'open')`;

function conditions(f: WorklistFilter, withStatus: boolean): SQL[] {
  const where: SQL[] = [];
  if (withStatus) {
    if (f.statuses.length > 0) {
      const decided = f.statuses.filter((s) => s !== "open");
      where.push(
        f.statuses.includes("open")
          ? (or(isNull(decisions.status), inArray(decisions.status, f.statuses)) as SQL)
          : inArray(decisions.status, decided),
      );
    } else {
      where.push(or(isNull(decisions.status), notInArray(decisions.status, [...FINAL_STATUSES])) as SQL);
    }
  }
  if (f.assignee === "unassigned") where.push(isNull(decisions.assignee));
  else if (f.assignee !== "anyone") where.push(eq(decisions.assignee, f.assignee));
  if (f.reason) where.push(eq(discrepancies.reasonCode, f.reason));
  if (f.shipment) where.push(eq(discrepancies.shipmentId, f.shipment));
  return where;
}

/** Cursor: the last item's (first_seen_at, entity_id), opaque to the browser. */
export const encodeWorklistCursor = (item: WorkItem) =>
  Buffer.from(JSON.stringify([item.first_seen_at, item.entity_id])).toString("base64url");
export function decodeWorklistCursor(cursor: string): [string, string] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && typeof v[1] === "string" && !Number.isNaN(Date.parse(v[0])))
      return [v[0], v[1]];
  } catch {}
  return null;
}

/** One page of the worklist, oldest first. */
export async function worklistPage(
  db: Db,
  filter: WorklistFilter,
  after: [string, string] | null,
  limit = WORKLIST_PAGE,
): Promise<{ items: WorkItem[]; next: [string, string] | null }> {
  const where = conditions(filter, true);
  if (after) {
    const at = new Date(after[0]);
    where.push(
      or(
        gt(discrepancies.firstSeenAt, at),
        and(eq(discrepancies.firstSeenAt, at), gt(discrepancies.entityId, after[1])),
      ) as SQL,
    );
  }
  const rows = await db
    .select({ d: discrepancies, status: statusOf, assignee: decisions.assignee })
    .from(discrepancies)
    .leftJoin(decisions, eq(decisions.entityId, discrepancies.entityId))
    .where(and(...where))
    .orderBy(asc(discrepancies.firstSeenAt), asc(discrepancies.entityId))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(
    ({ d, status, assignee }): WorkItem => ({
      entity_id: d.entityId,
      shipment_id: d.shipmentId,
      sku: d.sku,
      reason_code: d.reasonCode,
      discrepancy_id: d.discrepancyId,
      photo_count: d.photoCount,
      first_seen_at: iso(d.firstSeenAt),
      last_seen_at: iso(d.lastSeenAt),
      status: status as DecisionStatus,
      assignee,
      claim_deadline: null,
      arrived_at: null,
    }),
  );
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? [last.first_seen_at, last.entity_id] : null };
}

/** How many discrepancies of each status match the filter's other conditions. */
export async function worklistCounts(db: Db, filter: WorklistFilter): Promise<Record<DecisionStatus, number>> {
  const rows = await db
    .select({ status: statusOf, n: sql<number>`count(*)` })
    .from(discrepancies)
    .leftJoin(decisions, eq(decisions.entityId, discrepancies.entityId))
    .where(and(...conditions(filter, false)))
    .groupBy(statusOf);
  const counts = Object.fromEntries(DECISION_STATUSES.map((s) => [s, 0])) as Record<DecisionStatus, number>;
  for (const r of rows) if (Object.hasOwn(counts, r.status)) counts[r.status as DecisionStatus] = Number(r.n);
  return counts;
}
