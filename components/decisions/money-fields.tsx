"use client";
// An amount and its currency, as the claim and the recovery forms both ask for them: typed in the
// currency's units, checked as typed, their problem said in one line the form shows.
import { FIELD } from "../ui/form-styles";

export function MoneyFields({
  amountLabel,
  currencyLabel,
  amount,
  currency,
  onAmount,
  onCurrency,
  amountInvalid,
  currencyInvalid,
  problemId,
}: {
  amountLabel: string;
  currencyLabel: string;
  amount: string;
  currency: string;
  onAmount: (amount: string) => void;
  onCurrency: (currency: string) => void;
  amountInvalid: boolean;
  currencyInvalid: boolean;
  /** The id of the line that says what is wrong. */
  problemId: string;
}) {
  return (
    <>
      <label className="flex flex-col gap-1">
        <span>{amountLabel}</span>
        <input
          className={`${FIELD} w-28`}
          name="amount"
          inputMode="decimal"
          value={amount}
          aria-invalid={amountInvalid}
          aria-describedby={problemId}
          onChange={(e) => onAmount(e.target.value)}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span>{currencyLabel}</span>
        <input
          className={`${FIELD} w-20 uppercase`}
          name="currency"
          value={currency}
          maxLength={3}
          aria-invalid={currencyInvalid}
          aria-describedby={problemId}
          onChange={(e) => onCurrency(e.target.value)}
        />
      </label>
    </>
  );
}
