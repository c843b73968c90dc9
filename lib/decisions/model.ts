// Decisions on discrepancies: statuses, claim parties, the shapes the API answers, and how an
// event changes a decision (so the history can be replayed). Shared and pure.

export const DECISION_STATUSES = [
  "open",
  "in_progress",
  "claimed",
  "credited",
  "claim_rejected",
  "written_off",
  "no_action",
] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** Nothing more to do: the worklist hides these unless asked. */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(["credited", "written_off", "no_action"]);
/** Still waiting for someone to decide. */
export const UNDECIDED_STATUSES: ReadonlySet<string> = new Set(["open", "in_progress"]);

/** A decision carries its latest notes only: a long thread must not weigh on every read. */
export const NOTES_SHOWN = 50;
/** Notes a discrepancy may have; one more is a 409 LIMIT_REACHED. */
export const MAX_NOTES = 500;

export const CLAIM_PARTIES = ["supplier", "carrier", "insurer"] as const;
export type ClaimParty = (typeof CLAIM_PARTIES)[number];

export interface Claim {
  party: ClaimParty;
  reference: string | null;
  /** Minor units (öre, cents). */
  amount: number | null;
  /** ISO 4217. */
  currency: string | null;
}

/** What came back on a claim: money (0 allowed), a credit note or payment reference, the day. */
export interface Recovery {
  /** Minor units (öre, cents); 0: accepted with no money. */
  amount: number;
  /** ISO 4217. */
  currency: string;
  reference: string | null;
  /** YYYY-MM-DD, the day it was received. */
  at: string;
}

export interface Note {
  author: string;
  at: string;
  text: string;
}

export interface Decision {
  entity_id: string;
  shipment_id: string;
  status: DecisionStatus;
  assignee: string | null;
  claim: Claim | null;
  recovery: Recovery | null;
  /** The latest NOTES_SHOWN notes, oldest first; every note is in the shipment's activity. */
  notes: Note[];
  /** How many notes the discrepancy has in all. */
  notes_total: number;
  version: number;
  updated_at: string | null;
  updated_by: string | null;
}

export type EventKind = "status" | "assignee" | "claim" | "recovery" | "note" | "sign_in" | (string & {});

export interface DecisionEvent {
  id: number;
  at: string;
  actor: string;
  entity_id: string | null;
  kind: EventKind;
  data: Record<string, unknown>;
}

export interface WorkItem {
  entity_id: string;
  shipment_id: string;
  sku: string | null;
  reason_code: string | null;
  discrepancy_id: string | null;
  photo_count: number;
  first_seen_at: string;
  last_seen_at: string;
  status: DecisionStatus;
  assignee: string | null;
  claim_deadline: string | null;
  arrived_at: string | null;
  /** The claim, flat (as the CSV has it): party, minor units, currency. */
  claim_party: ClaimParty | null;
  claim_amount: number | null;
  claim_currency: string | null;
  /** What came back (Recovery), flat. */
  recovered_amount: number | null;
  recovered_currency: string | null;
  recovered_reference: string | null;
  recovered_at: string | null;
}

/** What a PATCH may change; absent fields stay as they are. */
export interface DecisionChange {
  status?: DecisionStatus;
  assignee?: string | null;
  claim?: Claim | null;
  recovery?: Recovery | null;
  note?: string;
}

/** A discrepancy with no stored decision. */
export function openDecision(entityId: string, shipmentId: string): Decision {
  return {
    entity_id: entityId,
    shipment_id: shipmentId,
    status: "open",
    assignee: null,
    claim: null,
    recovery: null,
    notes: [],
    notes_total: 0,
    version: 0,
    updated_at: null,
    updated_by: null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The events a change makes against the current decision: one per field that really changes. */
export function eventsFor(
  current: Decision,
  change: DecisionChange,
): { kind: EventKind; data: Record<string, unknown> }[] {
  const out: { kind: EventKind; data: Record<string, unknown> }[] = [];
  if (change.status !== undefined && change.status !== current.status)
    out.push({ kind: "status", data: { from: current.status, to: change.status } });
  if (change.assignee !== undefined && change.assignee !== current.assignee)
    out.push({ kind: "assignee", data: { from: current.assignee, to: change.assignee } });
  if (change.claim !== undefined && !same(change.claim, current.claim))
    out.push({ kind: "claim", data: { from: current.claim, to: change.claim } });
  if (change.recovery !== undefined && !same(change.recovery, current.recovery))
    out.push({ kind: "recovery", data: { from: current.recovery, to: change.recovery } });
  if (change.note !== undefined) out.push({ kind: "note", data: { text: change.note } });
  return out;
}

/** A decision after one of its events (events carry the version they produced). */
export function applyEvent(decision: Decision, event: DecisionEvent): Decision {
  const next = { ...decision, updated_at: event.at, updated_by: event.actor };
  if (typeof event.data.version === "number") next.version = event.data.version;
  switch (event.kind) {
    case "status":
      return { ...next, status: event.data.to as DecisionStatus };
    case "assignee":
      return { ...next, assignee: (event.data.to as string | null) ?? null };
    case "claim":
      return { ...next, claim: (event.data.to as Claim | null) ?? null };
    case "recovery":
      return { ...next, recovery: (event.data.to as Recovery | null) ?? null };
    case "note":
      return {
        ...next,
        notes: [...next.notes, { author: event.actor, at: event.at, text: String(event.data.text) }].slice(
          -NOTES_SHOWN,
        ),
        notes_total: next.notes_total + 1,
      };
    default:
      return decision;
  }
}

/** Replays a discrepancy's events, oldest first, from an open decision. */
export function replay(entityId: string, shipmentId: string, eventsOldestFirst: DecisionEvent[]): Decision {
  return eventsOldestFirst.reduce(applyEvent, openDecision(entityId, shipmentId));
}

/**
 * How a recovery stands against its claim: `full` (at least the amount claimed, same currency),
 * `partial` (less), or `other` (no amount claimed, or another currency: not comparable).
 */
export function recoveryExtent(claim: Claim | null, recovery: Recovery): "full" | "partial" | "other" {
  if (!claim || claim.amount === null || claim.currency !== recovery.currency) return "other";
  return recovery.amount >= claim.amount ? "full" : "partial";
}
