"use client";
// English or Swedish: remembered for a year in a cookie (the server reads it before
// Accept-Language), and the page re-rendered by the server in the new language, keeping its state.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { isLocale, LOCALE_COOKIE, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locale";
import { rememberChoice } from "./remember-choice";
import { useHydrated } from "./use-hydrated";

/** `short`: the languages as codes (EN, SV), for the header on a phone; named in full otherwise. */
export function LanguageSwitch({ short = false }: { short?: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  return (
    <label className="flex items-center">
      <span className="sr-only">{t("header.language")}</span>
      <select
        value={locale}
        disabled={pending || !hydrated}
        data-testid="language-switch"
        onChange={(e) => {
          const next = e.target.value;
          if (!isLocale(next)) return;
          rememberChoice(LOCALE_COOKIE, next);
          startTransition(() => router.refresh());
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {short ? l.toUpperCase() : LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
