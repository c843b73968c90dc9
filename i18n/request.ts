// next-intl's per-request configuration (found by its plugin): the request's language as every
// route reads it (lib/i18n/locale.ts: the cookie, else Accept-Language, else English) and its messages.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, requestLocale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const h = await headers();
  // An evidence link's page speaks the link's language (set by proxy.ts for /s/ pages only).
  const linkLocale = h.get("x-link-locale");
  const locale = isLocale(linkLocale) ? linkLocale : requestLocale(h);
  return { locale, messages: await loadMessages(locale) };
});
