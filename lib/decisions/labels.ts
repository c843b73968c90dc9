// Words and colours for decision statuses and claim parties, and a line describing an event, in
// the language of the translator passed in. Shared and pure. Lookups are Maps and Sets: status and
// party values can arrive from outside and are never made into a message key unchecked.

import type { Translate } from "@/lib/i18n/translate";
import { type Claim, type DecisionEvent, type DecisionStatus, type Recovery, recoveryExtent } from "./model";
import { formatMoney } from "./money";

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

const PARTIES = new Set(["supplier", "carrier", "insurer"]);

export const decisionStatusLabel = (t: Translate, status: string) =>
  STATUS_TONES.has(status) ? t(`decisionStatus.${status}`) : status;
export const decisionStatusTone = (status: string) => STATUS_TONES.get(status) ?? STATUS_TONES.get("open")!;
export const claimPartyLabel = (t: Translate, party: string) => (PARTIES.has(party) ? t(`claimParty.${party}`) : party);

export function claimSummary(t: Translate, claim: Claim | null, locale?: string): string {
  if (!claim) return t("decision.noClaim");
  const parts = [claimPartyLabel(t, claim.party)];
  if (claim.reference) parts.push(claim.reference);
  if (claim.amount !== null && claim.currency) parts.push(formatMoney(claim.amount, claim.currency, locale));
  return parts.join(" · ");
}

/** "Recovered SEK 5,000.00 of SEK 12,950.00 (partial)": what came back against the claim. */
export function recoverySummary(t: Translate, claim: Claim | null, recovery: Recovery, locale?: string): string {
  const recovered = formatMoney(recovery.amount, recovery.currency, locale);
  const extent = recoveryExtent(claim, recovery);
  if (extent === "partial")
    return t("recovered.partial", { recovered, claimed: formatMoney(claim!.amount!, claim!.currency!, locale) });
  return t(extent === "full" ? "recovered.full" : "recovered.plain", { recovered });
}

/** One line for the history: what an event changed. */
export function describeEvent(t: Translate, event: DecisionEvent, locale?: string): string {
  const d = event.data;
  switch (event.kind) {
    case "status":
      return t("history.status", {
        from: decisionStatusLabel(t, String(d.from)),
        to: decisionStatusLabel(t, String(d.to)),
      });
    case "assignee":
      return d.to ? t("decision.assignedTo", { name: String(d.to) }) : t("decision.unassigned");
    case "claim":
      return d.to ? t("history.claim", { claim: claimSummary(t, d.to as Claim, locale) }) : t("history.claimRemoved");
    case "recovery":
      return d.to
        ? t("history.recovery", { recovery: recoverySummary(t, null, d.to as Recovery, locale) })
        : t("history.recoveryRemoved");
    case "note":
      return t("history.note", { text: String(d.text) });
    case "evidence_pack":
      return t(d.completed ? "history.evidencePack" : "history.evidencePackIncomplete", {
        photos: Number(d.photos_written ?? 0),
        bytes: Number(d.bytes ?? 0),
      });
    case "report":
      return t("history.report", { photos: Number(d.photos ?? 0) });
    case "link_created":
      return t("history.linkCreated", { party: claimPartyLabel(t, String(d.party)), recipient: String(d.recipient) });
    case "mail_sent":
      return t("history.mailSent", { to: [d.to, d.cc].flat().filter(Boolean).join(", ") });
    case "mail_failed":
      return t("history.mailFailed", { to: [d.to].flat().filter(Boolean).join(", "), reason: String(d.reason) });
    case "link_revoked":
      return t("history.linkRevoked", { recipient: String(d.recipient) });
    case "link_opened":
      return t("history.linkOpened", {
        recipient: String(d.recipient),
        what: ["page", "photo", "pack", "report"].includes(String(d.what)) ? t(`links.what.${d.what}`) : String(d.what),
      });
    default:
      return event.kind;
  }
}

/** What changed between two versions of a decision, as lines (for a conflict). */
export function describeDifference(
  t: Translate,
  before: { status: DecisionStatus; assignee: string | null; claim: Claim | null; notes_total: number },
  after: { status: DecisionStatus; assignee: string | null; claim: Claim | null; notes_total: number },
): string[] {
  const lines: string[] = [];
  if (before.status !== after.status)
    lines.push(t("conflict.statusNow", { status: decisionStatusLabel(t, after.status) }));
  if (before.assignee !== after.assignee)
    lines.push(after.assignee ? t("decision.assignedTo", { name: after.assignee }) : t("decision.unassigned"));
  if (JSON.stringify(before.claim) !== JSON.stringify(after.claim))
    lines.push(t("history.claim", { claim: claimSummary(t, after.claim) }));
  const added = after.notes_total - before.notes_total;
  if (added > 0) lines.push(t("conflict.notesAdded", { count: added }));
  return lines;
}
