"use client";
// What the Share dialog shows once a link is made: whether the e-mail went (or why not, with Try
// again: a new link), and the link itself, once, with Copy.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { BUTTON, FIELD } from "@/components/ui/form-styles";
import { useCopy } from "@/components/ui/use-copy";
import type { NewLinkAnswer } from "@/lib/api/links";

export function ShareResult({
  made,
  onTryAgain,
  busy,
  onClose,
}: {
  made: NewLinkAnswer;
  /** Makes a new link with the same details (its own token, its own e-mail). */
  onTryAgain: () => void;
  busy: boolean;
  onClose: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const { state: copied, copy } = useCopy();
  const mail = made.mail;
  return (
    <div className="space-y-2" data-testid="share-made">
      {mail?.sent_at && (
        <p role="status" className="text-sm font-medium text-emerald-800" data-testid="share-mail">
          {t("share.sent", {
            to: [...mail.to, ...mail.cc].join(", "),
            time: new Date(mail.sent_at).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" }),
          })}
        </p>
      )}
      {mail?.error && (
        <p role="alert" className="text-sm text-red-800" data-testid="share-mail">
          {t("share.notSent", { error: mail.error })}
        </p>
      )}
      <p className="text-sm font-medium text-slate-800">{t("share.made")}</p>
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
        <button type="button" className={BUTTON} onClick={() => copy(made.url)}>
          {t("share.copy")}
        </button>
      </div>
      <p aria-live="polite" className="text-sm text-slate-600 empty:sr-only">
        {copied === "copied" ? t("share.copied") : copied === "failed" ? t("share.copyFailed") : ""}
      </p>
      <div className="flex justify-end gap-2">
        {mail?.error && (
          <button type="button" className={BUTTON} disabled={busy} onClick={onTryAgain}>
            {busy ? t("share.sending") : t("share.tryAgain")}
          </button>
        )}
        <button type="button" className={BUTTON} onClick={onClose}>
          {t("share.close")}
        </button>
      </div>
    </div>
  );
}
