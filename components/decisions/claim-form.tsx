"use client";
// The claim on a decision: against whom, its reference, and the amount in the currency's units.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { claimPartyLabel } from "@/lib/decisions/labels";
import { CLAIM_PARTIES, type Claim, type ClaimParty } from "@/lib/decisions/model";
import { fromMinorUnits, toMinorUnits } from "@/lib/decisions/money";
import { BUTTON, FIELD } from "../ui/form-styles";
import { MoneyFields } from "./money-fields";

const field = FIELD;

export function ClaimForm({ claim, onSave }: { claim: Claim | null; onSave: (claim: Claim | null) => void }) {
  const id = useId();
  const t = useTranslations();
  const [party, setParty] = useState<ClaimParty>(claim?.party ?? "supplier");
  const [reference, setReference] = useState(claim?.reference ?? "");
  const [currency, setCurrency] = useState(claim?.currency ?? "SEK");
  const [amount, setAmount] = useState(
    claim?.amount !== null && claim?.amount !== undefined ? fromMinorUnits(claim.amount, claim.currency ?? "SEK") : "",
  );
  const code = currency.trim().toUpperCase();
  const minor = amount.trim() ? toMinorUnits(amount, code) : null;
  const amountProblem = amount.trim() && minor === null ? t("claim.amountProblem") : null;
  const currencyProblem = /^[A-Z]{3}$/.test(code) ? null : t("claim.currencyProblem");

  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 font-medium">{t("claim.legend")}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span>{t("claim.against")}</span>
          <select className={field} value={party} onChange={(e) => setParty(e.target.value as ClaimParty)}>
            {CLAIM_PARTIES.map((p) => (
              <option key={p} value={p}>
                {claimPartyLabel(t, p)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span>{t("claim.reference")}</span>
          <input className={field} value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} />
        </label>
        <MoneyFields
          amountLabel={t("claim.amount")}
          currencyLabel={t("claim.currency")}
          amount={amount}
          currency={currency}
          onAmount={setAmount}
          onCurrency={setCurrency}
          amountInvalid={Boolean(amountProblem)}
          currencyInvalid={Boolean(currencyProblem)}
          problemId={`${id}-problem`}
        />
        <button
          type="button"
          className={BUTTON}
          disabled={Boolean(amountProblem || currencyProblem)}
          onClick={() =>
            onSave({
              party,
              reference: reference.trim() || null,
              amount: minor,
              currency: minor === null ? null : code,
            })
          }
        >
          {t("claim.save")}
        </button>
        {claim && (
          <button type="button" className="px-1 py-1.5 underline" onClick={() => onSave(null)}>
            {t("claim.remove")}
          </button>
        )}
      </div>
      <p id={`${id}-problem`} className="mt-1 text-sm text-red-800" aria-live="polite">
        {amountProblem ?? currencyProblem ?? ""}
      </p>
    </fieldset>
  );
}
