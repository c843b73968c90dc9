// The discrepancy index (every entity_id seen in a search) and the worklist over it. Server-only.
import "server-only";
import { and, asc, eq, gt, inArray, isNull, notInArray, or, type SQL, sql } from "drizzle-orm";
import { isBrokenText } from "@/lib/api/text";
import {
  type ClaimParty,
  DECISION_STATUSES,
  type DecisionStatus,
  FINAL_STATUSES,
  type WorkItem,
} from "@/lib/decisions/model";
import type { SeenInPage } from "@/lib/decisions/seen";
import type { WorklistGroup } from "@/lib/decisions/worklist-view";
import type { Db } from "./client";
import { iso, num } from "./rows";
import { decisions, discrepancies, shipments } from "./schema";

/** What one search answer showed of a discrepancy (see lib/decisions/seen.ts). */
export type SeenDiscrepancy = SeenInPage;

/** True when a search has shown this discrepancy: only those can have a decision. */
export async function isIndexed(db: Db, entityId: string): Promise<boolean> {
  const rows = await db
    .select({ id: discrepancies.entityId })
    .from(discrepancies)
    .where(eq(discrepancies.entityId, entityId))
    .limit(1);
  return rows.length > 0;
}

/**
 * Upserts what search answers showed, in one statement per kind. When a batch is refused, each
 * row is tried alone, so one row the database will not take never costs the others their place;
 * the rows refused are returned (with why) for the caller to log.
 */
export async function recordSeen(db: Db, seen: SeenDiscrepancy[], at = new Date()) {
  try {
    await recordSeenBatch(db, seen, at);
    return [];
  } catch (err) {
    if (seen.length <= 1) return seen.map((s) => ({ entityId: s.entityId, error: String(err) }));
  }
  const refused: { entityId: string; error: string }[] = [];
  for (const one of seen) {
    try {
      await recordSeenBatch(db, [one], at);
    } catch (err) {
      refused.push({ entityId: one.entityId, error: String(err) });
    }
  }
  return refused;
}

async function recordSeenBatch(db: Db, seen: SeenDiscrepancy[], at = new Date()): Promise<void> {
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
  /** A scorecard row's group (the empty name: not known). */
  group?: WorklistGroup | null;
}

/** `first_seen`: oldest first (the default); `deadline`: the soonest claim deadline first, none last. */
export type WorklistSort = "first_seen" | "deadline";

export const WORKLIST_PAGE = 50;
const statusOf = sql<string>`coalesce(${decisions.status}, 'open')`;

// The deadline that applies (lib/shipments/claim-deadline.ts applicableDeadline, in SQL): the
// claim party's, else the earlier one while undecided; none once filed or settled.
const deadlineOf = sql<Date | null>`case
  when ${statusOf} not in ('open', 'in_progress') then null
  when ${decisions.claimParty} = 'carrier' then ${shipments.carrierDeadline}
  when ${decisions.claimParty} = 'supplier' then ${shipments.supplierDeadline}
  when ${decisions.claimParty} is not null then null
  else least(${shipments.carrierDeadline}, ${shipments.supplierDeadline}) end`;
/** Rows without a deadline sort after every real one. */
const NO_DEADLINE = "9999-12-31T00:00:00.000Z";
const deadlineKey = sql<Date>`coalesce(${deadlineOf}, ${NO_DEADLINE}::timestamptz)`;

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
  if (f.group) where.push(groupCondition(f.group));
  return where;
}

/** The discrepancies of a scorecard row: by a name in the shipment record, a SKU, or an arrival month. */
function groupCondition(g: WorklistGroup): SQL {
  const ofShipments = (match: SQL) =>
    sql`${discrepancies.shipmentId} in (select s.shipment_id from shipments s where ${match})`;
  switch (g.kind) {
    case "supplier":
      return ofShipments(sql`coalesce(s.record->'origin'->>'name', '') = ${g.value}`);
    case "carrier":
      return ofShipments(sql`coalesce(s.record->'carrier'->>'name', '') = ${g.value}`);
    case "store":
      return ofShipments(sql`coalesce(s.record->'destination'->>'name', '') = ${g.value}`);
    case "arrived":
      return ofShipments(sql`to_char(s.arrived_at at time zone 'UTC', 'YYYY-MM') = ${g.value}`);
    case "sku":
      return sql`coalesce(${discrepancies.sku}, '') = ${g.value}`;
  }
}

/** A sort key as we write it: a UTC time PostgreSQL can hold (years 0001–9999; the ISO form). */
const CURSOR_TIME = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** Where a page ended: the sort key (an ISO time) and entity_id of its last item. */
export type WorklistPosition = [string, string];

/** Cursor: the last item's sort key and entity_id, and the sort it belongs to; opaque to the browser. */
export const encodeWorklistCursor = (position: WorklistPosition, sort: WorklistSort = "first_seen") =>
  Buffer.from(JSON.stringify(sort === "first_seen" ? position : [...position, sort])).toString("base64url");
export function decodeWorklistCursor(cursor: string, sort: WorklistSort = "first_seen"): WorklistPosition | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const wanted = sort === "first_seen" ? 2 : 3;
    if (
      Array.isArray(v) &&
      v.length === wanted &&
      (wanted === 2 || v[2] === sort) &&
      typeof v[1] === "string" &&
      v[1].length <= 512 &&
      !isBrokenText(v[1]) &&
      typeof v[0] === "string" &&
      CURSOR_TIME.test(v[0]) &&
      !Number.isNaN(Date.parse(v[0]))
    )
      return [v[0], v[1]];
  } catch {}
  return null;
}

/** One page of the worklist, oldest first or soonest deadline first. */
export async function worklistPage(
  db: Db,
  filter: WorklistFilter,
  after: WorklistPosition | null,
  limit = WORKLIST_PAGE,
  sort: WorklistSort = "first_seen",
): Promise<{ items: WorkItem[]; next: WorklistPosition | null }> {
  const where = conditions(filter, true);
  const key = sort === "deadline" ? deadlineKey : sql<Date>`${discrepancies.firstSeenAt}`;
  if (after) {
    const at = new Date(after[0]);
    where.push(or(sql`${key} > ${at}`, and(sql`${key} = ${at}`, gt(discrepancies.entityId, after[1]))) as SQL);
  }
  const rows = await db
    .select({
      d: discrepancies,
      status: statusOf,
      assignee: decisions.assignee,
      decision: decisions,
      arrivedAt: shipments.arrivedAt,
      deadline: deadlineOf,
      key: sql<string>`to_char(${key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    })
    .from(discrepancies)
    .leftJoin(decisions, eq(decisions.entityId, discrepancies.entityId))
    .leftJoin(shipments, eq(shipments.shipmentId, discrepancies.shipmentId))
    .where(and(...where))
    .orderBy(asc(key), asc(discrepancies.entityId))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const items = page.map(
    ({ d, status, assignee, decision, arrivedAt, deadline }): WorkItem => ({
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
      claim_deadline: deadline ? iso(new Date(deadline)) : null,
      arrived_at: arrivedAt ? iso(arrivedAt) : null,
      claim_party: (decision?.claimParty as ClaimParty | null) ?? null,
      claim_amount: num(decision?.claimAmount ?? null),
      claim_currency: decision?.claimCurrency ?? null,
      recovered_amount: num(decision?.recoveryAmount ?? null),
      recovered_currency: decision?.recoveryCurrency ?? null,
      recovered_reference: decision?.recoveryReference ?? null,
      recovered_at: decision?.recoveryAt ? String(decision.recoveryAt).slice(0, 10) : null,
    }),
  );
  const last = page[page.length - 1];
  return { items, next: rows.length > limit && last ? [last.key, last.d.entityId] : null };
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
