"use client";
// What came back on a claim: the amount (0 when accepted with no money), currency, the credit
// note or payment reference and the day. A recovery that pays the claim in full offers to set
// the status to Credited in the same save.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { type Claim, type DecisionChange, type Recovery, recoveryExtent } from "@/lib/decisions/model";
import { fromMinorUnits, toMinorUnits } from "@/lib/decisions/money";
import { BUTTON, FIELD } from "../ui/form-styles";
import { MoneyFields } from "./money-fields";

const today = () => new Date().toISOString().slice(0, 10);

export function RecoveryForm({
  claim,
  recovery,
  status,
  onSave,
}: {
  claim: Claim | null;
  recovery: Recovery | null;
  status: string;
  onSave: (change: DecisionChange) => void;
}) {
  const id = useId();
  const t = useTranslations();
  const [currency, setCurrency] = useState(recovery?.currency ?? claim?.currency ?? "SEK");
  const [amount, setAmount] = useState(recovery ? fromMinorUnits(recovery.amount, recovery.currency) : "");
  const [reference, setReference] = useState(recovery?.reference ?? "");
  const [at, setAt] = useState(recovery?.at ?? today());
  const [credit, setCredit] = useState(true);
  const code = currency.trim().toUpperCase();
  const minor = amount.trim() ? toMinorUnits(amount, code) : null;
  const amountProblem = minor === null ? (amount.trim() ? t("recovery.amountProblem") : "") : null;
  const currencyProblem = /^[A-Z]{3}$/.test(code) ? null : t("recovery.currencyProblem");
  const dateProblem = /^\d{4}-\d{2}-\d{2}$/.test(at) && at <= today() ? null : t("recovery.dateProblem");
  const next: Recovery | null =
    minor === null || currencyProblem || dateProblem
      ? null
      : { amount: minor, currency: code, reference: reference.trim() || null, at };
  const full = next !== null && recoveryExtent(claim, next) === "full" && status !== "credited";

  return (
    <fieldset className="rounded-md border border-slate-200 p-3" data-testid="recovery-form">
      <legend className="px-1 font-medium">{t("recovery.legend")}</legend>
      <div className="flex flex-wrap items-end gap-3">
        <MoneyFields
          amountLabel={t("recovery.amount")}
          currencyLabel={t("recovery.currency")}
          amount={amount}
          currency={currency}
          onAmount={setAmount}
          onCurrency={setCurrency}
          amountInvalid={Boolean(amountProblem)}
          currencyInvalid={Boolean(currencyProblem)}
          problemId={`${id}-problem`}
        />
        <label className="flex flex-col gap-1">
          <span>{t("recovery.reference")}</span>
          <input className={FIELD} value={reference} maxLength={100} onChange={(e) => setReference(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t("recovery.at")}</span>
          <input
            className={FIELD}
            type="date"
            max={today()}
            value={at}
            aria-invalid={Boolean(dateProblem)}
            aria-describedby={`${id}-problem`}
            onChange={(e) => setAt(e.target.value)}
          />
        </label>
      </div>
      {full && (
        <label className="mt-2 flex items-center gap-2">
          <input type="checkbox" checked={credit} onChange={(e) => setCredit(e.target.checked)} />
          {t("recovery.markCredited")}
        </label>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={BUTTON}
          disabled={next === null}
          onClick={() => next && onSave(full && credit ? { recovery: next, status: "credited" } : { recovery: next })}
        >
          {t("recovery.save")}
        </button>
        {recovery && (
          <button type="button" className="px-1 py-1.5 underline" onClick={() => onSave({ recovery: null })}>
            {t("recovery.remove")}
          </button>
        )}
      </div>
      <p id={`${id}-problem`} className="mt-1 text-sm text-red-800" aria-live="polite">
        {amountProblem || currencyProblem || dateProblem || ""}
      </p>
    </fieldset>
  );
}
