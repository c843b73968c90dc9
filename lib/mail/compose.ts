// The claim e-mail's words: a subject naming the shipment and the claim, a plain-text part and an
// HTML part that Outlook and Gmail read alike (a table, inline styles, no remote images, no
// script). Every outside text (names, SKUs, references, the sender's message) is escaped in the
// HTML and kept to one line in the subject. Shared by the server only; pure.
import type { ClaimParty } from "@/lib/decisions/model";
import { formatMoney } from "@/lib/decisions/money";
import type { Translate } from "@/lib/i18n/translate";

export interface ClaimMailFacts {
  company: string;
  shipmentId: string;
  party: ClaimParty;
  /** Whom the link is for, as the reviewer wrote it. */
  recipient: string;
  url: string;
  /** ISO 8601. */
  expiresAt: string;
  references: string[];
  /** Minor units by currency. */
  totals: Map<string, number>;
  /** The sender's own words (may be empty) and name. */
  message: string;
  senderName: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
/** One line of plain text: control characters and line breaks become spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
export const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();

export function composeClaimMail(t: Translate, locale: string, f: ClaimMailFacts): ComposedMail {
  const money = locale === "en" ? "en-GB" : locale;
  const amount = [...f.totals].map(([currency, minor]) => formatMoney(minor, currency, money)).join(" + ");
  const expires = new Intl.DateTimeFormat(money, { dateStyle: "long", timeZone: "UTC" }).format(new Date(f.expiresAt));
  const references = f.references.join(", ");
  const subject = oneLine(
    t("mail.subject", {
      id: f.shipmentId,
      company: oneLine(f.company),
      references: references ? ` (${oneLine(references)})` : "",
    }),
  ).slice(0, 200);
  const facts: [string, string][] = [
    [t("mail.shipment"), f.shipmentId],
    ...(references ? [[t("mail.references"), references] as [string, string]] : []),
    ...(amount ? [[t("mail.amount"), amount] as [string, string]] : []),
    [t("mail.expires"), expires],
  ];
  const greeting = t("mail.greeting", { recipient: oneLine(f.recipient) });
  const intro = t("mail.intro", { company: oneLine(f.company), id: f.shipmentId, party: t(`link.party.${f.party}`) });
  // The sender's own words open the e-mail when there are some (they greet in their own way).
  const text = [
    ...(f.message ? [f.message, ""] : [greeting, ""]),
    intro,
    "",
    ...facts.map(([name, value]) => `${name}: ${value}`),
    "",
    t("mail.openText"),
    f.url,
    "",
    t("mail.attached"),
    t("mail.private"),
    "",
    `${oneLine(f.senderName)}, ${oneLine(f.company)}`,
  ].join("\n");
  const e = escapeHtml;
  const cell = "padding:4px 12px 4px 0;font:14px/1.5 Arial,Helvetica,sans-serif;color:#0f172a;vertical-align:top";
  const html = `<!doctype html>
<html lang="${e(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>
<body style="margin:0;padding:0;background:#f1f5f9">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border:1px solid #cbd5e1;border-radius:8px">
<tr><td style="padding:16px 24px;background:#1d5fd1;border-radius:8px 8px 0 0;font:bold 16px Arial,Helvetica,sans-serif;color:#ffffff">${e(oneLine(f.company))}</td></tr>
<tr><td style="padding:24px;font:15px/1.6 Arial,Helvetica,sans-serif;color:#0f172a">
${f.message ? `<p style="margin:0 0 16px;white-space:pre-line">${e(f.message)}</p>` : `<p style="margin:0 0 16px">${e(greeting)}</p>`}
<p style="margin:0 0 16px">${e(intro)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 20px">
${facts.map(([name, value]) => `<tr><td style="${cell};color:#475569">${e(name)}</td><td style="${cell};font-weight:bold">${e(value)}</td></tr>`).join("\n")}
</table>
<p style="margin:0 0 20px"><a href="${e(f.url)}" style="display:inline-block;padding:12px 20px;background:#1d5fd1;color:#ffffff;text-decoration:none;border-radius:6px;font:bold 15px Arial,Helvetica,sans-serif">${e(t("mail.open"))}</a></p>
<p style="margin:0 0 8px;font-size:13px;color:#475569">${e(t("mail.orCopy"))}<br><a href="${e(f.url)}" style="color:#1d5fd1;word-break:break-all">${e(f.url)}</a></p>
<p style="margin:16px 0 0;font-size:13px;color:#475569">${e(t("mail.attached"))} ${e(t("mail.private"))}</p>
</td></tr>
<tr><td style="padding:16px 24px;border-top:1px solid #e2e8f0;font:13px Arial,Helvetica,sans-serif;color:#475569">${e(oneLine(f.senderName))}, ${e(oneLine(f.company))}</td></tr>
</table></td></tr></table>
</body></html>`;
  return { subject, text, html };
}
