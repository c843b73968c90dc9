import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  // The brand colours are CSS theme variables in app/globals.css (@theme).
  theme: {},
} satisfies Config;
