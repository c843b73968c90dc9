// Words and colours for decision statuses and claim parties, and a line describing an event.
// Shared and pure. Lookups are Maps: status and party values can arrive from outside.

import type { Claim, DecisionEvent, DecisionStatus } from "./model";
import { formatMoney } from "./money";

const STATUS_LABELS = new Map<string, string>([
  ["open", "Open"],
  ["in_progress", "In progress"],
  ["claimed", "Claimed"],
  ["credited", "Credited"],
  ["claim_rejected", "Claim rejected"],
  ["written_off", "Written off"],
  ["no_action", "No action"],
]);

/** Chip colours: text and background with at least 4.5:1 contrast. */
const STATUS_TONES = new Map<string, string>([
  ["open", "bg-slate-100 text-slate-800 ring-slate-300"],
  ["in_progress", "bg-sky-50 text-sky-900 ring-sky-300"],
  ["claimed", "bg-amber-50 text-amber-900 ring-amber-300"],
  ["credited", "bg-emerald-50 text-emerald-900 ring-emerald-300"],
  ["claim_rejected", "bg-red-50 text-red-900 ring-red-300"],
  ["written_off", "bg-violet-50 text-violet-900 ring-violet-300"],
  ["no_action", "bg-slate-50 text-slate-700 ring-slate-300"],
]);

const PARTY_LABELS = new Map<string, string>([
  ["supplier", "Supplier"],
  ["carrier", "Carrier"],
  ["insurer", "Insurer"],
]);

export const decisionStatusLabel = (status: string) => STATUS_LABELS.get(status) ?? status;
export const decisionStatusTone = (status: string) => STATUS_TONES.get(status) ?? STATUS_TONES.get("open")!;
export const claimPartyLabel = (party: string) => PARTY_LABELS.get(party) ?? party;

export function claimSummary(claim: Claim | null): string {
  if (!claim) return "No claim";
  const parts = [claimPartyLabel(claim.party)];
  if (claim.reference) parts.push(claim.reference);
  if (claim.amount !== null && claim.currency) parts.push(formatMoney(claim.amount, claim.currency));
  return parts.join(" · ");
}

/** One line for the history: what an event changed. */
export function describeEvent(event: DecisionEvent): string {
  const d = event.data;
  switch (event.kind) {
    case "status":
      return `Status: ${decisionStatusLabel(String(d.from))} → ${decisionStatusLabel(String(d.to))}`;
    case "assignee":
      return d.to ? `Assigned to ${String(d.to)}` : "Unassigned";
    case "claim":
      return d.to ? `Claim: ${claimSummary(d.to as Claim)}` : "Claim removed";
    case "note":
      return `Note: ${String(d.text)}`;
    case "evidence_pack":
      return `Evidence pack downloaded: ${Number(d.photos_written ?? 0)} photos, ${Number(d.bytes ?? 0)} bytes${d.completed ? "" : " (not completed)"}`;
    case "report":
      return `Claim report downloaded (${Number(d.photos ?? 0)} photos)`;
    default:
      return event.kind;
  }
}

/** What changed between two versions of a decision, as lines (for a conflict). */
export function describeDifference(
  before: { status: DecisionStatus; assignee: string | null; claim: Claim | null; notes: unknown[] },
  after: { status: DecisionStatus; assignee: string | null; claim: Claim | null; notes: unknown[] },
): string[] {
  const lines: string[] = [];
  if (before.status !== after.status) lines.push(`Status is now ${decisionStatusLabel(after.status)}`);
  if (before.assignee !== after.assignee) lines.push(after.assignee ? `Assigned to ${after.assignee}` : "Unassigned");
  if (JSON.stringify(before.claim) !== JSON.stringify(after.claim)) lines.push(`Claim: ${claimSummary(after.claim)}`);
  const added = after.notes.length - before.notes.length;
  if (added > 0) lines.push(added === 1 ? "A note was added" : `${added} notes were added`);
  return lines;
}
