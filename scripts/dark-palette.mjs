#!/usr/bin/env node
// Writes app/dark-palette.css: the dark theme as the same palette turned over. Tailwind 4's colours
// are CSS variables, so dark mode swaps each family's scale (50 ↔ 950, 100 ↔ 900, …; 500 and 600
// take 400's value so mid-tone text stays readable on dark) and white becomes slate-900: every
// class keeps its role (the page background, a card, body text, a red alert) without a `dark:`
// variant on each. The photo viewer is dark in both themes (data-fixed-palette restores the
// originals inside it). Run after changing the colours a component uses:
//   node scripts/dark-palette.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const FAMILIES = ["slate", "red", "amber", "emerald", "sky", "violet"];
const SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950];
// The brand's own scale (app/globals.css, @theme) and the values it takes in the dark.
const BRAND = { 50: "#eef6ff", 100: "#d9eaff", 600: "#1d5fd1", 700: "#174ba6", 900: "#0f2f66" };
const BRAND_DARK = { 50: "#0c1d3d", 100: "#12305f", 600: "#8ab8ff", 700: "#a9cbff", 900: "#d9eaff" };

const theme = readFileSync(path.join(process.cwd(), "node_modules/tailwindcss/theme.css"), "utf8");
const value = (family, shade) => {
  const m = theme.match(new RegExp(`--color-${family}-${shade}:\\s*([^;]+);`));
  if (!m) throw new Error(`no --color-${family}-${shade} in tailwindcss/theme.css`);
  return m[1].trim();
};
const turned = (shade) => (shade === 500 || shade === 600 ? 400 : 1000 - shade);

const dark = [];
const light = [];
for (const family of FAMILIES)
  for (const shade of SHADES) {
    dark.push(`--color-${family}-${shade}: ${value(family, turned(shade))};`);
    light.push(`--color-${family}-${shade}: ${value(family, shade)};`);
  }
for (const [shade, v] of Object.entries(BRAND_DARK)) dark.push(`--color-brand-${shade}: ${v};`);
for (const [shade, v] of Object.entries(BRAND)) light.push(`--color-brand-${shade}: ${v};`);
dark.push(`--color-white: ${value("slate", 900)};`);
light.push("--color-white: #fff;");

const block = (lines) => lines.map((l) => `  ${l}`).join("\n");
const css = `/* Written by scripts/dark-palette.mjs: do not edit by hand. */
/* Dark: chosen in the header (data-theme="dark"), or the system's choice unless light was chosen. */
@custom-variant dark-palette {
  &:where([data-theme="dark"]) {
    @slot;
  }
  @media (prefers-color-scheme: dark) {
    &:where(:not([data-theme="light"])) {
      @slot;
    }
  }
}
:root {
  color-scheme: light;
  @variant dark-palette {
    color-scheme: dark;
${block(dark).replaceAll("\n  ", "\n    ").replace(/^ {2}/, "    ")}
  }
}
/* The photo viewer keeps the light theme's (dark) palette in both themes. */
[data-fixed-palette] {
  color-scheme: dark;
${block(light)}
}
`;
writeFileSync(path.join(process.cwd(), "app/dark-palette.css"), css);
console.log("app/dark-palette.css written");
