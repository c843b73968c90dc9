// The claim e-mail sent when a link is made: in the link's language, from MAIL_FROM with Reply-To
// the sender when the store knows their address, the party's claim report attached (never the
// ZIP: mailboxes cap attachments). The link exists before the e-mail is tried, so a failure loses
// nothing: it is recorded on the link and as a mail_failed event, with the reason in words.
// Server-only.
import "server-only";
import { db } from "@/lib/db/client";
import { emailOf, recordMail } from "@/lib/db/links";
import { packFileName } from "@/lib/evidence/paths";
import { drawReport, reportBytes } from "@/lib/evidence/report";
import { claimFigures } from "@/lib/evidence/report-claim";
import { reportThumbnails } from "@/lib/evidence/report-thumbnails";
import { getTranslator } from "@/lib/i18n/messages";
import type { SendRequest } from "@/lib/mail/address";
import { composeClaimMail } from "@/lib/mail/compose";
import { MailError, sendMail } from "@/lib/mail/send";
import { type MailSettings, parseMailSettings } from "@/lib/mail/settings";
import { describeError, log } from "@/lib/server/log";
import { companyName } from "@/lib/server/public-identity";
import { consumeOr429, sharedLimiter } from "@/lib/server/shared-limiter";
import { singleton } from "@/lib/server/singleton";
import { linkScope } from "./downloads";
import type { Link, Mail } from "./model";

/** E-mails one person may send in an hour. */
export const MAILS_PER_HOUR = 30;

/** The mail settings of this process (the start refuses ones that cannot be used); null: no e-mail. */
export const mailSettings = (): MailSettings | null => parseMailSettings(process.env);

const limiter = () =>
  singleton("mail-limiter", () => sharedLimiter({ name: "mail", points: MAILS_PER_HOUR, duration: 3600 }));

/** Counts one e-mail for `user`, or refuses with 429 before anything is made. */
export const takeMailSlot = (user: string) =>
  consumeOr429(
    limiter(),
    user,
    `At most ${MAILS_PER_HOUR} e-mails an hour per person. Copy the link instead, or try later.`,
  );

export async function sendLinkMail(o: {
  settings: MailSettings;
  link: Link;
  url: string;
  send: SendRequest;
  user: string;
  displayName: string;
  requestId: string;
}): Promise<Link> {
  const { link, send } = o;
  const t = await getTranslator(link.language);
  const company = companyName();
  const scope = await linkScope(link, o.requestId);
  const figures = claimFigures(scope);
  const composed = composeClaimMail(t, link.language, {
    company,
    shipmentId: link.shipment_id,
    party: link.party,
    recipient: link.recipient,
    url: o.url,
    expiresAt: link.expires_at,
    references: figures.references,
    totals: figures.totals,
    message: send.message,
    senderName: o.displayName,
  });
  const base: Omit<Mail, "sent_at" | "message_id" | "error"> = { to: send.to, cc: send.cc, subject: composed.subject };
  let mail: Mail;
  try {
    const controller = new AbortController();
    const report = await reportBytes(
      await drawReport(scope, {
        generatedBy: company,
        company,
        audience: { kind: "outsider", party: link.party },
        generatedAt: new Date(),
        thumbnails: await reportThumbnails(scope, controller.signal),
        t,
        locale: link.language,
      }),
    );
    const filename = packFileName(link.shipment_id, Object.keys(link.scope).length > 0, scope.photos.length, "pdf");
    const { messageId } = await sendMail(o.settings, {
      to: send.to,
      cc: send.cc,
      replyTo: await emailOf(await db(), o.user),
      ...composed,
      attachments: [{ filename, content: Buffer.from(report), contentType: "application/pdf" }],
    });
    mail = { ...base, sent_at: new Date().toISOString(), message_id: messageId, error: null };
  } catch (err) {
    const reason = err instanceof MailError ? err.message : "the claim report for the e-mail could not be made";
    if (!(err instanceof MailError))
      log("warn", "claim e-mail not sent", { request_id: o.requestId, error: describeError(err) });
    mail = { ...base, sent_at: null, message_id: null, error: reason };
  }
  return recordMail(await db(), link, mail, o.user);
}
