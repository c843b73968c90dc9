// Sends one message through SMTP_URL with nodemailer: STARTTLS required or implicit TLS as the URL
// says, timeouts on every step, no pool and no retry (a retry could send twice), the Message-ID
// returned. A failure comes back as a reason a person understands. Server-only.
import "server-only";
import nodemailer from "nodemailer";
import type { MailSettings } from "./settings";

export interface OutgoingMail {
  to: string[];
  cc: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

export class MailError extends Error {}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export async function sendMail(settings: MailSettings, mail: OutgoingMail): Promise<{ messageId: string }> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTLS,
    ignoreTLS: false,
    auth: settings.auth ?? undefined,
    tls: { minVersion: "TLSv1.2" },
    ...TIMEOUTS,
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to: mail.to,
      cc: mail.cc.length ? mail.cc : undefined,
      replyTo: mail.replyTo ?? undefined,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      // One attempt only, and one message for all recipients.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    if (info.rejected.length) throw new MailError(`the mail server refused ${info.rejected.map(String).join(", ")}`);
    return { messageId: info.messageId };
  } catch (err) {
    if (err instanceof MailError) throw err;
    throw new MailError(reason(err as NodeJS.ErrnoException & { responseCode?: number; response?: string }, settings));
  } finally {
    transport.close();
  }
}

/** Why a send failed, in words for the person who pressed Send. */
function reason(
  err: { code?: string; syscall?: string; responseCode?: number; response?: string; message: string },
  s: MailSettings,
): string {
  const where = `${s.host}:${s.port}`;
  const said = err.response ? `: ${err.response.replace(/\s+/g, " ").slice(0, 200)}` : "";
  if (err.syscall === "connect" || /ECONNREFUSED|EHOSTUNREACH|ENOTFOUND/.test(err.message))
    return `the mail server ${where} could not be reached`;
  if (/timeout/i.test(err.message)) return `the mail server ${where} did not answer in time`;
  switch (err.code) {
    case "ECONNREFUSED":
    case "ECONNRESET":
    case "EHOSTUNREACH":
    case "ENOTFOUND":
      return `the mail server ${where} could not be reached`;
    case "ETIMEDOUT":
      return `the mail server ${where} did not answer in time`;
    case "EAUTH":
    case "ENOAUTH":
      return `the mail server refused the dashboard's login${said}`;
    case "ETLS":
      return `the mail server ${where} offers no encryption (STARTTLS), which SMTP_URL requires`;
    case "EENVELOPE":
      return `the mail server refused a recipient${said}`;
    default:
      if (/STARTTLS/i.test(err.message))
        return `the mail server ${where} offers no encryption (STARTTLS), which SMTP_URL requires`;
      if (err.responseCode && err.responseCode >= 500) return `the mail server refused the message${said}`;
      if (err.responseCode && err.responseCode >= 400) return `the mail server could not take the message now${said}`;
      return `the message could not be sent (${err.message.slice(0, 200)})`;
  }
}
