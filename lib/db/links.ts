// Evidence links in the store: made, listed, revoked, opened. Each is also an event in the
// shipment's activity (link_created, link_revoked, link_opened). Only the token's hash is kept.
// Server-only.
import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { ClaimParty } from "@/lib/decisions/model";
import {
  type Link,
  type LinkLanguage,
  type LinkScope,
  type LinkStatus,
  type LinkView,
  linkStatus,
  type Mail,
  type ViewKind,
} from "@/lib/links/model";
import type { Db } from "./client";
import { iso } from "./rows";
import { discrepancies, events, links, linkViews, users } from "./schema";

type Row = typeof links.$inferSelect;

export function toLink(row: Row, now: Date = new Date()): Link {
  return {
    id: row.id,
    shipment_id: row.shipmentId,
    party: row.party as ClaimParty,
    recipient: row.recipient,
    scope: row.scope as LinkScope,
    language: row.language as LinkLanguage,
    created_by: row.createdBy,
    created_at: iso(row.createdAt),
    expires_at: iso(row.expiresAt),
    revoked_at: row.revokedAt ? iso(row.revokedAt) : null,
    revoked_by: row.revokedBy,
    views: row.views,
    last_viewed_at: row.lastViewedAt ? iso(row.lastViewedAt) : null,
    status: linkStatus(row, now),
    mail: (row.mail as Mail | null) ?? null,
  };
}

export interface NewLink {
  shipmentId: string;
  tokenHash: string;
  party: ClaimParty;
  recipient: string;
  scope: LinkScope;
  language: LinkLanguage;
  createdBy: string;
  expiresInDays: number;
}

/** Makes a link and its link_created event in one transaction. */
export async function createLink(db: Db, l: NewLink): Promise<Link> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(links)
      .values({
        id: randomUUID(),
        tokenHash: l.tokenHash,
        shipmentId: l.shipmentId,
        party: l.party,
        recipient: l.recipient,
        scope: l.scope,
        language: l.language,
        createdBy: l.createdBy,
        expiresAt: sql`now() + make_interval(days => ${l.expiresInDays})`,
      })
      .returning();
    await tx.insert(events).values({
      actor: l.createdBy,
      shipmentId: l.shipmentId,
      entityId: null,
      kind: "link_created",
      data: {
        link_id: row!.id,
        party: l.party,
        recipient: l.recipient,
        scope: l.scope,
        expires_at: iso(row!.expiresAt),
      },
    });
    return toLink(row!);
  });
}

/** The link a token's hash names, or null. */
export async function linkByHash(db: Db, hash: string): Promise<Link | null> {
  const [row] = await db.select().from(links).where(eq(links.tokenHash, hash)).limit(1);
  return row ? toLink(row) : null;
}

export async function linkById(db: Db, id: string): Promise<Link | null> {
  const [row] = await db.select().from(links).where(eq(links.id, id)).limit(1);
  return row ? toLink(row) : null;
}

export async function shipmentLinks(db: Db, shipmentId: string): Promise<Link[]> {
  const rows = await db
    .select()
    .from(links)
    .where(eq(links.shipmentId, shipmentId))
    .orderBy(desc(links.createdAt), desc(links.id))
    .limit(500);
  return rows.map((r) => toLink(r));
}

const statusWhere = (status: LinkStatus) =>
  status === "revoked"
    ? isNotNull(links.revokedAt)
    : status === "expired"
      ? and(isNull(links.revokedAt), lte(links.expiresAt, sql`now()`))
      : and(isNull(links.revokedAt), gt(links.expiresAt, sql`now()`));

/** Every link of the team, newest first, a page at a time (`after`: the last one of the page before). */
export async function teamLinks(
  db: Db,
  q: { status: LinkStatus | null; shipmentId: string | null; after: { at: Date; id: string } | null; limit: number },
): Promise<{ links: Link[]; next: { at: Date; id: string } | null }> {
  const rows = await db
    .select()
    .from(links)
    .where(
      and(
        q.status ? statusWhere(q.status) : undefined,
        q.shipmentId ? eq(links.shipmentId, q.shipmentId) : undefined,
        q.after
          ? or(lt(links.createdAt, q.after.at), and(eq(links.createdAt, q.after.at), lt(links.id, q.after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(links.createdAt), desc(links.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    links: page.map((r) => toLink(r)),
    next: rows.length > q.limit && last ? { at: last.createdAt, id: last.id } : null,
  };
}

/** Revokes a link (a second revoke changes nothing and records nothing); null: no such link. */
export async function revokeLink(db: Db, id: string, actor: string): Promise<Link | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(links)
      .set({ revokedAt: sql`now()`, revokedBy: actor })
      .where(and(eq(links.id, id), isNull(links.revokedAt)))
      .returning();
    if (!row) {
      const [existing] = await tx.select().from(links).where(eq(links.id, id)).limit(1);
      return existing ? toLink(existing) : null;
    }
    await tx.insert(events).values({
      actor,
      shipmentId: row.shipmentId,
      entityId: null,
      kind: "link_revoked",
      data: { link_id: row.id, party: row.party, recipient: row.recipient },
    });
    return toLink(row);
  });
}

/** Records one open: its row, the link's count and time, and a link_opened event. */
export async function recordView(
  db: Db,
  link: Link,
  v: { what: ViewKind; ip: string | null; userAgent: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(linkViews).values({ linkId: link.id, what: v.what, ip: v.ip, userAgent: v.userAgent });
    await tx
      .update(links)
      .set({ views: sql`${links.views} + 1`, lastViewedAt: sql`now()` })
      .where(eq(links.id, link.id));
    await tx.insert(events).values({
      actor: `link:${link.party}`,
      shipmentId: link.shipment_id,
      entityId: null,
      kind: "link_opened",
      data: { link_id: link.id, party: link.party, recipient: link.recipient, what: v.what },
    });
  });
}

export async function viewsOf(db: Db, linkId: string, limit = 500): Promise<LinkView[]> {
  const rows = await db
    .select()
    .from(linkViews)
    .where(eq(linkViews.linkId, linkId))
    .orderBy(desc(linkViews.id))
    .limit(limit);
  return rows.map((r) => ({ at: iso(r.at), what: r.what as ViewKind, ip: r.ip, user_agent: r.userAgent }));
}

/** Whether the index knows a discrepancy of this shipment inside the scope. */
export async function scopeIndexed(db: Db, shipmentId: string, scope: LinkScope): Promise<boolean> {
  const rows = await db
    .select({ id: discrepancies.entityId })
    .from(discrepancies)
    .where(
      and(
        eq(discrepancies.shipmentId, shipmentId),
        scope.sku !== undefined ? eq(discrepancies.sku, scope.sku) : undefined,
        scope.reason !== undefined ? eq(discrepancies.reasonCode, scope.reason) : undefined,
        scope.discrepancy !== undefined ? eq(discrepancies.discrepancyId, scope.discrepancy) : undefined,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Records the claim e-mail sent (or not) with a link, and its mail_sent or mail_failed event. */
export async function recordMail(db: Db, link: Link, mail: Mail, actor: string): Promise<Link> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(links).set({ mail }).where(eq(links.id, link.id)).returning();
    await tx.insert(events).values({
      actor,
      shipmentId: link.shipment_id,
      entityId: null,
      kind: mail.sent_at ? "mail_sent" : "mail_failed",
      data: {
        link_id: link.id,
        to: mail.to,
        cc: mail.cc,
        subject: mail.subject,
        ...(mail.sent_at ? { message_id: mail.message_id } : { reason: mail.error }),
      },
    });
    return toLink(row!);
  });
}

/** A person's e-mail when the store knows it (a verified single sign-on address), for Reply-To. */
export async function emailOf(db: Db, name: string): Promise<string | null> {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.name, name)).limit(1);
  return row?.email ?? null;
}
