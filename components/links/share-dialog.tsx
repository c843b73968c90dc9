"use client";
// "Share evidence link": a dialog that makes an evidence link of the current view (the whole
// shipment, or the SKU, reason or discrepancy the filters name) for one party and, where e-mail is
// set up, sends it: To prefilled with the supplier's contact from the shipment record. The address
// is shown once with Copy. Reviewers only (the server refuses the rest).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { BUTTON, FIELD } from "@/components/ui/form-styles";
import { useMailEnabled } from "@/components/ui/role";
import { useHydrated } from "@/components/ui/use-hydrated";
import { errorText } from "@/lib/api/error-text";
import { ApiError } from "@/lib/api/fetcher";
import { createLink, type NewLinkAnswer, type NewLinkRequest } from "@/lib/api/links";
import { queries } from "@/lib/api/queries";
import { CLAIM_PARTIES, type ClaimParty } from "@/lib/decisions/model";
import { isLocale } from "@/lib/i18n/locale";
import {
  DEFAULT_EXPIRY_DAYS,
  LINK_LANGUAGES,
  type LinkLanguage,
  type LinkScope,
  MAX_EXPIRY_DAYS,
} from "@/lib/links/model";
import { splitAddresses } from "@/lib/mail/limits";
import { visibleText } from "@/lib/photos/visible-text";
import { MailFields } from "./share-mail-fields";
import { ShareResult } from "./share-result";

const LABEL = "flex flex-col gap-1 text-sm";

export function ShareDialog({
  shipmentId,
  scope,
  party: preset = "supplier",
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
  const mailEnabled = useMailEnabled();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useQueryClient();
  const record = useQuery({ ...queries.shipment(shipmentId), enabled: mailEnabled }).data?.shipment ?? null;
  const [party, setParty] = useState<ClaimParty>(preset);
  const [send, setSend] = useState(true);
  const [to, setTo] = useState<string | null>(null);
  const [made, setMade] = useState<NewLinkAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const last = useRef<NewLinkRequest | null>(null);
  // The supplier's contact from Sitoo Shipments, until someone types their own; none for a carrier.
  const toValue = to ?? (party === "supplier" ? (record?.origin?.email ?? "") : "");
  const filters = [scope.sku, scope.reason, scope.discrepancy].filter(Boolean).map((v) => visibleText(v!));
  const scopeWords = filters.length ? t("share.scopeSome", { filters: filters.join(", ") }) : t("share.scopeAll");

  const open = () => {
    setMade(null);
    setError(null);
    setParty(preset);
    setTo(null);
    dialog.current?.showModal();
  };
  const create = async (body: NewLinkRequest) => {
    last.current = body;
    setBusy(true);
    setError(null);
    try {
      setMade(await createLink(shipmentId, body));
      void client.invalidateQueries({ queryKey: ["links"] });
    } catch (err) {
      setMade(null);
      setError(
        t("share.failed", {
          reason: errorText(t, locale, err instanceof ApiError ? err.code : null, (err as Error).message),
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const mailing = mailEnabled && send;
    void create({
      party,
      recipient: String(form.get("recipient") ?? ""),
      scope,
      expires_in_days: Number(form.get("expires")),
      language: form.get("language") as LinkLanguage,
      ...(mailing
        ? {
            send: {
              to: splitAddresses(toValue),
              cc: splitAddresses(String(form.get("cc") ?? "")),
              message: String(form.get("message") ?? ""),
            },
          }
        : {}),
    });
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
        className="m-auto max-h-[calc(100dvh-2rem)] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50"
        data-testid="share-dialog"
      >
        <div className="space-y-3 p-5">
          <h2 id={`${id}t`} className="text-lg font-semibold">
            {t("share.title")}
          </h2>
          <p className="text-sm text-slate-600">{t("share.intro", { scope: scopeWords })}</p>
          {made ? (
            <ShareResult
              made={made}
              busy={busy}
              onTryAgain={() => last.current && void create(last.current)}
              onClose={() => dialog.current?.close()}
            />
          ) : (
            <form className="space-y-3" onSubmit={submit}>
              <div className="grid gap-3 sm:grid-cols-2">
                <label className={LABEL}>
                  {t("share.party")}
                  <select
                    name="party"
                    value={party}
                    onChange={(e) => setParty(e.target.value as ClaimParty)}
                    className={FIELD}
                  >
                    {CLAIM_PARTIES.map((p) => (
                      <option key={p} value={p}>
                        {t(`claimParty.${p}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className={LABEL}>
                  {t("share.language")}
                  <select name="language" defaultValue={isLocale(locale) ? locale : "en"} className={FIELD}>
                    {LINK_LANGUAGES.map((l) => (
                      <option key={l} value={l}>
                        {t(`share.languages.${l}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className={`${LABEL} sm:col-span-2`}>
                  {t("share.recipient")}
                  <input name="recipient" required maxLength={200} className={FIELD} autoComplete="off" />
                </label>
                <label className={LABEL}>
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
              {mailEnabled && <MailFields send={send} onSend={setSend} to={toValue} onTo={setTo} hint={`${id}h`} />}
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
                  {mailEnabled && send
                    ? busy
                      ? t("share.sending")
                      : t("share.createSend")
                    : busy
                      ? t("share.creating")
                      : t("share.create")}
                </button>
              </div>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}
