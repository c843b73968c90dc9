// Claim amounts: stored in minor units (öre, cents), typed and shown in major units with the
// currency's own number of decimals. Shared and pure.

import { numberFormat } from "@/lib/photos/intl-cache";

export function currencyDigits(currency: string): number {
  try {
    return numberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  try {
    return numberFormat(locale, { style: "currency", currency }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** Minor units from what a user typed ("1 299,50", "1299.5"), or null when it is not an amount. */
export function toMinorUnits(typed: string, currency: string): number | null {
  const digits = currencyDigits(currency);
  const clean = typed.replace(/[\s\u00a0']/g, "").replace(",", ".");
  if (!/^\d+(\.\d*)?$/.test(clean)) return null;
  const [whole, fraction = ""] = clean.split(".") as [string, string?];
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || 0);
  return Number.isSafeInteger(minor) ? minor : null;
}

/** The major-unit text for an amount, for an input's value. */
export function fromMinorUnits(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}
