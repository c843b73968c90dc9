// What the page says about an error. Our error bodies carry an English message (it is what the
// logs and API clients read, and often names the detail: which service, which HTTP status). In
// English the page shows that message; in another language a translation chosen by the error's
// code (messages `errors.*`), since the message itself is not translated. Shared and pure.
import type { Translate } from "@/lib/i18n/translate";

const CODES = new Set([
  "INVALID_REQUEST",
  "UNAUTHORIZED",
  "FILE_NOT_FOUND",
  "NOT_FOUND",
  "METHOD_NOT_ALLOWED",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL_ERROR",
  "UPSTREAM_ERROR",
  "UPSTREAM_AUTH_FAILED",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_TIMEOUT",
  "DATABASE_UNAVAILABLE",
  "SHUTTING_DOWN",
  "NETWORK_ERROR",
  "HTTP_ERROR",
  "SHIPMENTS_OFF",
  "FORBIDDEN",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "LIMIT_REACHED",
  "LINK_GONE",
  "MAIL_NOT_CONFIGURED",
]);

export function errorText(t: Translate, locale: string, code: string | null | undefined, message: string): string {
  if (locale === "en" || !code || !CODES.has(code)) return message;
  return t(`errors.${code}`);
}
