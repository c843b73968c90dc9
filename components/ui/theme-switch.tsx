"use client";
// Light, dark or as the system says: applied at once, remembered for a year in a cookie.
import { useState } from "react";
import { THEME_COOKIE, THEMES, type Theme, themeChoice } from "@/lib/theme";

const LABELS: Record<Theme, string> = { system: "Auto", light: "Light", dark: "Dark" };

export function ThemeSwitch({ initial }: { initial: string | undefined }) {
  const [theme, setTheme] = useState<Theme>(themeChoice(initial));
  return (
    <label className="flex items-center">
      <span className="sr-only">Colour theme</span>
      <select
        value={theme}
        onChange={(e) => {
          const next = themeChoice(e.target.value);
          setTheme(next);
          const root = document.documentElement;
          if (next === "system") delete root.dataset.theme;
          else root.dataset.theme = next;
          // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server's layout
          document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        {THEMES.map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
