// The message files, one per language (messages/*.json), and a translator for server code that
// runs outside a page (the PDF report). English is the source: every key exists in each file
// (lib/i18n/messages.test.ts).
import { type AbstractIntlMessages, createTranslator } from "next-intl";
import type { Locale } from "./locale";
import type { Translate } from "./translate";

export type Messages = AbstractIntlMessages;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return locale === "sv"
    ? (await import("../../messages/sv.json")).default
    : (await import("../../messages/en.json")).default;
}

/** A translator for a language outside a page's render (next-intl's own, on our messages). */
export async function getTranslator(locale: Locale): Promise<Translate> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return (key, values) => t(key as never, values as never);
}
