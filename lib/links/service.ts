// Evidence links as the staff API makes and lists them: a token made here and shown once, only
// its hash stored; a scope must name something the shipment has. Server-only.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { type LinkCreate, linkCreateSchema } from "@/lib/api/link-schemas";
import { parseInput } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { createLink, revokeLink, scopeIndexed, teamLinks } from "@/lib/db/links";
import { flushSeen } from "@/lib/db/seen-queue";
import type { Locale } from "@/lib/i18n/locale";
import { sendSchema } from "@/lib/mail/address";
import { mailSettings, sendLinkMail, takeMailSlot } from "./mail";
import type { Link, LinkScope, LinkStatus, Mail } from "./model";
import { newToken, tokenHash } from "./token";

/** The public address of a token: the only place the token is ever written out. */
export const publicLinkUrl = (origin: string, token: string) => `${origin}/s/${token}`;

/** Whether the shipment has something in the scope (the index, after this instance's queue is written). */
async function scopeKnown(shipmentId: string, scope: LinkScope): Promise<boolean> {
  const store = await db();
  if (await scopeIndexed(store, shipmentId, scope)) return true;
  await flushSeen();
  return scopeIndexed(store, shipmentId, scope);
}

/**
 * A new link, e-mailed when `send` asks: everything is checked first (the body, e-mail being set
 * up, the scope, the sender's hourly e-mails), then the link is made, then the e-mail is tried:
 * a mail server that refuses or is down costs the e-mail, never the link.
 */
export async function makeLink(o: {
  shipmentId: string;
  body: unknown;
  user: string;
  displayName: string;
  locale: Locale;
  origin: string;
  requestId: string;
}): Promise<{ link: Link; url: string; mail: Mail | null }> {
  const input: LinkCreate = parseInput(linkCreateSchema, o.body, "link");
  const send = input.send === undefined ? null : parseInput(sendSchema, input.send, "send");
  const settings = send ? mailSettings() : null;
  if (send && !settings)
    throw new AppError("MAIL_NOT_CONFIGURED", "E-mail is not set up here (SMTP_URL); make the link without send.");
  if (!(await scopeKnown(o.shipmentId, input.scope)))
    throw new AppError(
      "INVALID_REQUEST",
      "Invalid scope: the shipment has no discrepancy with that SKU, reason or ID.",
    );
  if (send) await takeMailSlot(o.user);
  const token = newToken();
  const link = await createLink(await db(), {
    shipmentId: o.shipmentId,
    tokenHash: tokenHash(token),
    party: input.party,
    recipient: input.recipient,
    scope: input.scope,
    language: input.language ?? o.locale,
    createdBy: o.user,
    expiresInDays: input.expires_in_days,
  });
  const url = publicLinkUrl(o.origin, token);
  if (!send || !settings) return { link, url, mail: null };
  const sent = await sendLinkMail({
    settings,
    link,
    url,
    send,
    user: o.user,
    displayName: o.displayName,
    requestId: o.requestId,
  });
  return { link: sent, url, mail: sent.mail };
}

const encodeCursor = (c: { at: Date; id: string }) =>
  Buffer.from(JSON.stringify([c.at.toISOString(), c.id])).toString("base64url");
function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const date = new Date(at);
    if (typeof id === "string" && id.length <= 64 && !Number.isNaN(date.getTime())) return { at: date, id };
  } catch {}
  throw new AppError("INVALID_REQUEST", "Invalid cursor: not one this dashboard handed out.");
}

export async function listLinks(q: { status: LinkStatus | null; shipment: string | null; cursor: string | null }) {
  const page = await teamLinks(await db(), {
    status: q.status,
    shipmentId: q.shipment,
    after: q.cursor ? decodeCursor(q.cursor) : null,
    limit: 50,
  });
  return { links: page.links, next_cursor: page.next ? encodeCursor(page.next) : null };
}

export async function revoke(linkId: string, user: string): Promise<Link> {
  const link = await revokeLink(await db(), linkId, user);
  if (!link) throw new AppError("NOT_FOUND", "There is no such link.");
  return link;
}
