"use client";
// Light, dark or as the system says: applied at once, remembered for a year in a cookie.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { THEME_COOKIE, THEMES, type Theme, themeChoice } from "@/lib/ui/theme";
import { rememberChoice } from "./remember-choice";
import { useHydrated } from "./use-hydrated";

export function ThemeSwitch({ initial }: { initial: string | undefined }) {
  const [theme, setTheme] = useState<Theme>(themeChoice(initial));
  const t = useTranslations();
  const hydrated = useHydrated();
  return (
    <label className="flex items-center">
      <span className="sr-only">{t("theme.label")}</span>
      <select
        value={theme}
        disabled={!hydrated}
        onChange={(e) => {
          const next = themeChoice(e.target.value);
          setTheme(next);
          const root = document.documentElement;
          if (next === "system") delete root.dataset.theme;
          else root.dataset.theme = next;
          rememberChoice(THEME_COOKIE, next);
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
