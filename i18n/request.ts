// next-intl's per-request configuration (found by its plugin): the language from the cookie or
// Accept-Language (lib/i18n/locale.ts), and that language's messages.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { chooseLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const locale = chooseLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return { locale, messages: await loadMessages(locale) };
});
