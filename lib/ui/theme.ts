// The colour theme a user chose: the system's (default), light or dark. Kept in a cookie so the
// server renders the page in it from the first byte. Shared by the root layout and the switch.

export const THEME_COOKIE = "spr-theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function themeChoice(value: string | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}
