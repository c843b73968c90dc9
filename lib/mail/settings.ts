// E-mail settings: SMTP_URL (smtp://user:pass@host:587 with STARTTLS required, or smtps://…:465
// with implicit TLS; `?starttls=off` allows a plain connection, for a mail catcher on loopback)
// and MAIL_FROM. Without SMTP_URL there is no e-mail. Shared by the server only.
import { z } from "zod";
import { emailAddressSchema } from "./address";

export interface MailSettings {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (smtps://). */
  secure: boolean;
  /** STARTTLS must happen: a server that offers none is refused (smtp:// unless starttls=off). */
  requireTLS: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
}

/** The mail settings, null when SMTP_URL is unset; throws on a value that cannot be used. */
export function parseMailSettings(env: Record<string, string | undefined>): MailSettings | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("SMTP_URL is not a URL: smtp://user:password@host:587 or smtps://user:password@host:465");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new Error("SMTP_URL must start with smtp:// (STARTTLS) or smtps:// (implicit TLS)");
  const secure = url.protocol === "smtps:";
  const starttls = url.searchParams.get("starttls");
  if (starttls !== null && starttls !== "off" && starttls !== "required")
    throw new Error('SMTP_URL: starttls is "required" (the default for smtp://) or "off"');
  const from = z
    .string()
    .trim()
    .pipe(emailAddressSchema)
    .safeParse(env.MAIL_FROM ?? "");
  if (!from.success) throw new Error("MAIL_FROM must be one e-mail address (the sender) when SMTP_URL is set");
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireTLS: !secure && starttls !== "off",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : null,
    from: from.data,
  };
}
