"use client";
// The Share dialog's e-mail part (only where SMTP_URL is set): Send it by e-mail, To, Cc, a
// message. To and Cc take one or more addresses; the server checks each one alone.
import { useTranslations } from "next-intl";
import { FIELD, TEXTAREA } from "@/components/ui/form-styles";
import { MAX_MESSAGE } from "@/lib/mail/limits";

const LABEL = "flex flex-col gap-1 text-sm";

export function MailFields({
  send,
  onSend,
  to,
  onTo,
  hint,
}: {
  send: boolean;
  onSend: (send: boolean) => void;
  /** What To holds (the supplier's contact until someone types). */
  to: string;
  onTo: (to: string) => void;
  /** The id of the line that says how to write several addresses. */
  hint: string;
}) {
  const t = useTranslations();
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm">
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" name="send" checked={send} onChange={(e) => onSend(e.target.checked)} />
          {t("share.send")}
        </label>
      </legend>
      {send && (
        <>
          <label className={LABEL}>
            {t("share.to")}
            <input
              type="text"
              name="to"
              inputMode="email"
              required
              value={to}
              onChange={(e) => onTo(e.target.value)}
              className={FIELD}
              aria-describedby={hint}
              autoComplete="off"
            />
          </label>
          <label className={LABEL}>
            {t("share.cc")}
            <input
              name="cc"
              type="text"
              inputMode="email"
              className={FIELD}
              aria-describedby={hint}
              autoComplete="off"
            />
          </label>
          <p id={hint} className="text-xs text-slate-600">
            {t("share.addresses")}
          </p>
          <label className={LABEL}>
            {t("share.message")}
            <textarea name="message" rows={4} maxLength={MAX_MESSAGE} className={TEXTAREA} />
          </label>
        </>
      )}
    </fieldset>
  );
}
