// The claim report's opening: who claims from whom, for which shipment, under which references,
// how much in all, and a short statement (a claim must identify the shipment, assert liability
// and state an amount: 49 CFR 370.3; CMR art. 30 asks for written reservations). Server-only.
import "server-only";
import { claimPartyLabel } from "@/lib/decisions/labels";
import { CLAIM_PARTIES, type ClaimParty, type Decision } from "@/lib/decisions/model";
import { formatMoney } from "@/lib/decisions/money";
import type { Translate } from "@/lib/i18n/translate";
import { visibleText } from "@/lib/photos/visible-text";
import type { ShipmentRecord } from "@/lib/shipments/model";
import type { Audience } from "./report";
import type { PackScope } from "./scope";

export interface ClaimFigures {
  /** Discrepancies claimed, by party. */
  parties: Map<ClaimParty, number>;
  references: string[];
  /** Minor units by currency. */
  totals: Map<string, number>;
}

/**
 * The claims among the scope's discrepancies (an outsider's scope holds only its party's), in the
 * report's order: references as the discrepancies come, parties supplier, carrier, insurer. Never
 * in the order the store happened to answer (a report must read the same every time).
 */
export function claimFigures(scope: PackScope): ClaimFigures {
  const entities = [...new Set(scope.photos.map((p) => p.entity_id))];
  const claims = entities
    .map((id) => scope.decisions.get(id))
    .filter((d): d is Decision & { claim: NonNullable<Decision["claim"]> } => Boolean(d?.claim));
  const parties = new Map<ClaimParty, number>(
    CLAIM_PARTIES.flatMap((party) => {
      const n = claims.filter((c) => c.claim.party === party).length;
      return n ? [[party, n] as const] : [];
    }),
  );
  const totals = new Map<string, number>();
  for (const { claim } of claims) {
    if (claim.amount !== null && claim.currency)
      totals.set(claim.currency, (totals.get(claim.currency) ?? 0) + claim.amount);
  }
  const references = [...new Set(claims.flatMap(({ claim }) => (claim.reference ? [claim.reference] : [])))];
  return { parties, references, totals };
}

/** A party's name as the shipment record has it (the supplier's company, the carrier's). */
export function partyName(party: ClaimParty, record: ShipmentRecord | null): string | null {
  if (party === "supplier") return record?.origin?.name ?? null;
  if (party === "carrier") return record?.carrier?.name ?? null;
  return null;
}

export const moneyList = (totals: Map<string, number>, locale: string) =>
  [...totals].map(([currency, minor]) => formatMoney(minor, currency, locale)).join(" + ");

export function drawClaim(
  doc: PDFKit.PDFDocument,
  o: {
    t: Translate;
    locale: string;
    left: number;
    width: number;
    label: (name: string, value: string) => void;
    company: string;
    audience: Audience;
  },
  scope: PackScope,
) {
  const { t, locale } = o;
  const money = locale === "en" ? "en-GB" : locale;
  const figures = claimFigures(scope);
  const named = (party: ClaimParty) => {
    const name = partyName(party, scope.record);
    return `${claimPartyLabel(t, party)}${name ? ` ${visibleText(name)}` : ""}`;
  };
  const against =
    o.audience.kind === "outsider"
      ? named(o.audience.party)
      : [...figures.parties]
          .map(([party, count]) => `${named(party)} (${t("report.discrepancyCount", { count })})`)
          .join("; ") || t("report.noClaimYet");
  const top = doc.y;
  doc.x = o.left + 10;
  doc.y = top + 8;
  const inner = (name: string, value: string) => {
    doc
      .font("bold")
      .fontSize(10)
      .text(`${name}: `, o.left + 10, doc.y, { continued: true, width: o.width - 20 });
    doc.font("regular").text(value);
  };
  inner(t("report.claimant"), visibleText(o.company));
  inner(t("report.against"), against);
  inner(t("report.shipment"), visibleText(scope.shipmentId));
  if (figures.references.length) inner(t("report.references"), figures.references.map(visibleText).join(", "));
  if (figures.totals.size) inner(t("report.totalClaimed"), moneyList(figures.totals, money));
  doc.moveDown(0.4);
  doc
    .font("regular")
    .fontSize(9.5)
    .text(
      figures.totals.size || figures.parties.size
        ? t("report.statement", { company: visibleText(o.company), id: visibleText(scope.shipmentId) })
        : t("report.statementNone", { id: visibleText(scope.shipmentId) }),
      o.left + 10,
      doc.y,
      { width: o.width - 20 },
    );
  const bottom = doc.y + 8;
  doc
    .save()
    .lineWidth(1)
    .strokeColor("#94a3b8")
    .rect(o.left, top, o.width, bottom - top)
    .stroke()
    .restore();
  doc.x = o.left;
  doc.y = bottom;
}
