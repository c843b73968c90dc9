"use client";
// "Share evidence link": a dialog that makes an evidence link of the current view (the whole
// shipment, or the SKU, reason or discrepancy the filters name) for one party, and shows its
// address once with Copy. Reviewers only (the server refuses the rest).
import { useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { BUTTON, FIELD } from "@/components/ui/form-styles";
import { useHydrated } from "@/components/ui/use-hydrated";
import { errorText } from "@/lib/api/error-text";
import { ApiError } from "@/lib/api/fetcher";
import { createLink, type NewLinkAnswer } from "@/lib/api/links";
import { CLAIM_PARTIES, type ClaimParty } from "@/lib/decisions/model";
import { isLocale } from "@/lib/i18n/locale";
import {
  DEFAULT_EXPIRY_DAYS,
  LINK_LANGUAGES,
  type LinkLanguage,
  type LinkScope,
  MAX_EXPIRY_DAYS,
} from "@/lib/links/model";
import { visibleText } from "@/lib/photos/visible-text";

export function ShareDialog({
  shipmentId,
  scope,
  party = "supplier",
}: {
  shipmentId: string;
  /** What the link shows: the view's SKU, reason and discrepancy (none: the whole shipment). */
  scope: LinkScope;
  /** Preset: the claim's party when the view is one claimed discrepancy. */
  party?: ClaimParty;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const hydrated = useHydrated();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useQueryClient();
  const [made, setMade] = useState<NewLinkAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const filters = [scope.sku, scope.reason, scope.discrepancy].filter(Boolean).map((v) => visibleText(v!));
  const scopeWords = filters.length ? t("share.scopeSome", { filters: filters.join(", ") }) : t("share.scopeAll");

  const open = () => {
    setMade(null);
    setError(null);
    setCopied(null);
    dialog.current?.showModal();
  };
  const submit = async (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const answer = await createLink(shipmentId, {
        party: form.get("party") as ClaimParty,
        recipient: String(form.get("recipient") ?? ""),
        scope,
        expires_in_days: Number(form.get("expires")),
        language: form.get("language") as LinkLanguage,
      });
      setMade(answer);
      void client.invalidateQueries({ queryKey: ["links"] });
    } catch (err) {
      setError(
        t("share.failed", {
          reason: errorText(t, locale, err instanceof ApiError ? err.code : null, (err as Error).message),
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(made!.url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <>
      <button
        type="button"
        className={`${BUTTON} bg-white text-sm`}
        disabled={!hydrated}
        onClick={open}
        data-testid="share-open"
      >
        <span className="sm:hidden">{t("share.buttonShort")}</span>
        <span className="hidden sm:inline">{t("share.button")}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}t`}
        className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50"
        data-testid="share-dialog"
      >
        <div className="space-y-3 p-5">
          <h2 id={`${id}t`} className="text-lg font-semibold">
            {t("share.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("share.intro", { scope: scopeWords })}</p>
          {made ? (
            <div className="space-y-2" data-testid="share-made">
              <p role="status" className="text-sm font-medium text-emerald-800">
                {t("share.made")}
              </p>
              <label className="block text-sm" htmlFor={`${id}u`}>
                {t("share.url")}
              </label>
              <div className="flex gap-2">
                <input
                  id={`${id}u`}
                  readOnly
                  value={made.url}
                  className={`${FIELD} min-w-0 flex-1 font-mono text-sm`}
                  onFocus={(e) => e.currentTarget.select()}
                  data-testid="share-url"
                />
                <button type="button" className={BUTTON} onClick={copy}>
                  {t("share.copy")}
                </button>
              </div>
              <p aria-live="polite" className="text-sm text-slate-600 empty:sr-only">
                {copied === "copied" ? t("share.copied") : copied === "failed" ? t("share.copyFailed") : ""}
              </p>
              <div className="flex justify-end">
                <button type="button" className={BUTTON} onClick={() => dialog.current?.close()}>
                  {t("share.close")}
                </button>
              </div>
            </div>
          ) : (
            <form className="space-y-3" onSubmit={submit}>
              <div className="grid gap-3 sm:grid-cols-2">
                <label className="flex flex-col gap-1 text-sm">
                  {t("share.party")}
                  <select name="party" defaultValue={party} className={FIELD}>
                    {CLAIM_PARTIES.map((p) => (
                      <option key={p} value={p}>
                        {t(`claimParty.${p}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col gap-1 text-sm">
                  {t("share.language")}
                  <select name="language" defaultValue={isLocale(locale) ? locale : "en"} className={FIELD}>
                    {LINK_LANGUAGES.map((l) => (
                      <option key={l} value={l}>
                        {t(`share.languages.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="flex flex-col gap-1 text-sm sm:col-span-2">
                  {t("share.recipient")}
                  <input name="recipient" required maxLength={200} className={FIELD} autoComplete="off" />
                </label>
                <label className="flex flex-col gap-1 text-sm">
                  {t("share.expires")}
                  <input
                    name="expires"
                    type="number"
                    required
                    min={1}
                    max={MAX_EXPIRY_DAYS}
                    defaultValue={DEFAULT_EXPIRY_DAYS}
                    className={FIELD}
                  />
                </label>
              </div>
              {error && (
                <p role="alert" className="text-sm text-red-800">
                  {error}
                </p>
              )}
              <div className="flex justify-end gap-2">
                <button type="button" className={BUTTON} onClick={() => dialog.current?.close()}>
                  {t("share.cancel")}
                </button>
                <button
                  type="submit"
                  disabled={busy}
                  className="h-9 rounded-md bg-brand-700 px-3 font-medium text-white hover:bg-brand-600 disabled:opacity-50"
                >
                  {busy ? t("share.creating") : t("share.create")}
                </button>
              </div>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}
