// Database rows to our API shapes, in one place: timestamps become ISO 8601 UTC strings, and
// numbers are numbers on both drivers (pg answers bigint and numeric as strings, PGlite as numbers).
import "server-only";
import type { Claim, ClaimParty, Decision, DecisionEvent, DecisionStatus, Note, Recovery } from "@/lib/decisions/model";
import type { decisions, events, notes } from "./schema";

export const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
export const num = (v: number | string | bigint | null) => (v === null ? null : Number(v));

export function toClaim(row: typeof decisions.$inferSelect): Claim | null {
  if (!row.claimParty) return null;
  return {
    party: row.claimParty as ClaimParty,
    reference: row.claimReference,
    amount: num(row.claimAmount),
    currency: row.claimCurrency,
  };
}

export function toRecovery(row: typeof decisions.$inferSelect): Recovery | null {
  if (row.recoveryAmount === null || !row.recoveryCurrency || !row.recoveryAt) return null;
  return {
    amount: Number(row.recoveryAmount),
    currency: row.recoveryCurrency,
    reference: row.recoveryReference,
    at: String(row.recoveryAt).slice(0, 10),
  };
}

export function toNote(row: typeof notes.$inferSelect): Note {
  return { author: row.author, at: iso(row.at), text: row.text };
}

export function toDecision(
  row: typeof decisions.$inferSelect,
  noteRows: (typeof notes.$inferSelect)[],
  notesTotal = noteRows.length,
): Decision {
  return {
    entity_id: row.entityId,
    shipment_id: row.shipmentId,
    status: row.status as DecisionStatus,
    assignee: row.assignee,
    claim: toClaim(row),
    recovery: toRecovery(row),
    notes: noteRows.map(toNote),
    notes_total: notesTotal,
    version: row.version,
    updated_at: iso(row.updatedAt),
    updated_by: row.updatedBy,
  };
}

export function toEvent(row: typeof events.$inferSelect): DecisionEvent {
  return {
    id: Number(row.id),
    at: iso(row.at),
    actor: row.actor,
    entity_id: row.entityId,
    kind: row.kind,
    data: (row.data ?? {}) as Record<string, unknown>,
  };
}
