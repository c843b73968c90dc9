// Evidence links: what one is, when it counts as active, and what of a shipment it shows. Shared
// and pure (the links page and the public page use the same words).
import type { ClaimParty } from "@/lib/decisions/model";

export const LINK_LANGUAGES = ["en", "sv"] as const;
export type LinkLanguage = (typeof LINK_LANGUAGES)[number];
export const LINK_STATUSES = ["active", "expired", "revoked"] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
/** What an open of a link fetched. */
export const VIEW_KINDS = ["page", "photo", "pack", "report"] as const;
export type ViewKind = (typeof VIEW_KINDS)[number];

export const DEFAULT_EXPIRY_DAYS = 14;
export const MAX_EXPIRY_DAYS = 90;

/** What of the shipment a link shows: all of it, or one SKU, reason or discrepancy (or a mix). */
export interface LinkScope {
  sku?: string;
  reason?: string;
  discrepancy?: string;
}

/** The claim e-mail sent with a link (DESIGN.md, "Claim e-mail"). */
export interface Mail {
  to: string[];
  cc: string[];
  subject: string;
  sent_at: string | null;
  message_id: string | null;
  /** Why it was not sent, in words for the sender; null when it was. */
  error: string | null;
}

export interface Link {
  id: string;
  shipment_id: string;
  party: ClaimParty;
  recipient: string;
  scope: LinkScope;
  language: LinkLanguage;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  views: number;
  last_viewed_at: string | null;
  status: LinkStatus;
  /** The e-mail sent with it, if one was asked for. */
  mail: Mail | null;
}

export interface LinkView {
  at: string;
  what: ViewKind;
  ip: string | null;
  user_agent: string | null;
}

/** Revoked wins over expired: the one who revoked it is the better person to ask. */
export function linkStatus(link: { expiresAt: Date; revokedAt: Date | null }, now: Date = new Date()): LinkStatus {
  if (link.revokedAt) return "revoked";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** A photo's place, as the link's scope compares it. */
interface Keyed {
  key: { shipment_id: string; sku: string; reason_code: string; discrepancy_id: string } | null;
}

/**
 * Whether a photo is one the link may show: of exactly the link's shipment (a key; never a photo
 * whose key was not recognised) and inside every part of the scope that is set.
 */
export function inScope(photo: Keyed, shipmentId: string, scope: LinkScope): boolean {
  const k = photo.key;
  if (!k || k.shipment_id !== shipmentId) return false;
  if (scope.sku !== undefined && k.sku !== scope.sku) return false;
  if (scope.reason !== undefined && k.reason_code !== scope.reason) return false;
  if (scope.discrepancy !== undefined && k.discrepancy_id !== scope.discrepancy) return false;
  return true;
}
