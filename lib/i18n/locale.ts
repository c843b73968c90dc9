// The languages the dashboard speaks and how one is chosen for a request: the user's choice (the
// header's switch, in a cookie), else the browser's Accept-Language, else English. Pure; shared
// by the server's request config, the switch and the PDF report.

export const LOCALES = ["en", "sv"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "spr-locale";
/** Each language named in itself, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", sv: "Svenska" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages, by weight, that we speak ("sv-SE" is Swedish); languages
 * with q=0 are refused. Malformed parts are skipped, never trusted.
 */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 1024)
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split("-")[0] ?? "", weight, order };
    })
    .filter((r) => Number.isFinite(r.weight) && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranked.map((r) => r.base).find(isLocale) ?? null;
}

/** A request's language, from its headers: pages (i18n/request.ts) and downloads alike. */
export function requestLocale(headers: Pick<Headers, "get">): Locale {
  const cookie = (headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return chooseLocale(cookie, headers.get("accept-language"));
}

export function chooseLocale(cookie: string | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}
