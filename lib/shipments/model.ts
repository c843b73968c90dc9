// Sitoo Shipments as the dashboard shows them: the shipment record behind a media shipment ID.
// Shared and pure (the server builds it, the review page and the worklist read it).

import type { Translate } from "@/lib/i18n/translate";

export interface ShipmentParty {
  /** Company or store name (`address.name`). */
  name: string | null;
  contact_name: string | null;
  email: string | null;
  city: string | null;
  country_id: string | null;
}

export interface ShipmentCarrier {
  name: string | null;
  service: string | null;
  reference: string | null;
  /** Outside text: a link only when `http:` or `https:` (see trackingHref). */
  tracking_url: string | null;
  tracking_url_title: string | null;
  /** Sitoo's Unix seconds. */
  estimated_delivery_at: number | null;
}

/** One SKU's quantities, summed over the shipment's packages. */
export interface ShipmentLine {
  sku: string;
  quantity: number | null;
  quantity_received: number | null;
}

/**
 * Where `arrived_at` comes from: `observed` — the shipment's modified_at in the first answer that
 * showed it arrived; `estimated_delivery` — the carrier's estimated delivery (the shipment was
 * first seen after it arrived); `created` — its creation time, when nothing better is known.
 */
export type ArrivalSource = "observed" | "estimated_delivery" | "created";

export interface ClaimDeadlines {
  carrier: string;
  supplier: string;
}

export interface ShipmentRecord {
  /** Sitoo's shipment id (a UUID). */
  id: string;
  /** The media key's shipmentId this record was matched by. */
  shipment_id: string;
  state: string;
  /** Sitoo's Unix seconds. */
  created_at: number | null;
  modified_at: number | null;
  /** ISO 8601 (ours). */
  arrived_at: string | null;
  arrival_source: ArrivalSource | null;
  carrier: ShipmentCarrier | null;
  origin: ShipmentParty | null;
  destination: ShipmentParty | null;
  origin_warehouse_id: number | null;
  destination_warehouse_id: number | null;
  items: ShipmentLine[];
  claim_deadlines: ClaimDeadlines | null;
  /** When the dashboard last read this record from Sitoo (ISO 8601). */
  synced_at: string | null;
}

/** What GET /api/shipments/{id} answers. `unavailable` says why there is no record, when known. */
export interface ShipmentAnswer {
  shipment: ShipmentRecord | null;
  unavailable: { code: string; message: string } | null;
}

/** A tracking URL becomes a link only when it is http: or https:; anything else stays text. */
export function trackingHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A mailto: link for an e-mail address that looks like one; null otherwise. */
export function mailtoHref(email: string | null | undefined): string | null {
  if (!email || !/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/.test(email)) return null;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}`;
}

/** The line of a SKU, if the shipment lists it. */
export function lineFor(record: ShipmentRecord | null | undefined, sku: string): ShipmentLine | null {
  return record?.items.find((l) => l.sku === sku) ?? null;
}

/** "expected 24, received 22" (either part left out when unknown). */
export function quantityText(t: Translate, line: ShipmentLine | null): string | null {
  if (!line) return null;
  const parts: string[] = [];
  if (line.quantity !== null) parts.push(t("quantity.expected", { count: line.quantity }));
  if (line.quantity_received !== null) parts.push(t("quantity.received", { count: line.quantity_received }));
  return parts.length ? parts.join(", ") : null;
}

/** The sync as the worklist shows it. */
export interface SyncStatus {
  /** false: SITOO_SHIPMENTS_BASE_URL is `off`. */
  enabled: boolean;
  /** 0: no background sync. */
  interval_seconds: number;
  last_run: {
    started_at: string;
    /** null while it runs. */
    finished_at: string | null;
    ok: boolean | null;
    listed: number;
    searched: number;
    discrepancies: number;
    failed: number;
    error_code: string | null;
    error: string | null;
  } | null;
  shipments_known: number;
  /** Why the shipment list is unavailable (turned off, or refused by Sitoo); null when it is not. */
  unavailable: { code: string; message: string } | null;
}

const STATES = new Set(["new", "in-transit", "arrived", "closed", "closed-incomplete", "cancelled"]);

/** Sitoo's shipment state in words; an unknown state is shown as Sitoo sent it. */
export const shipmentStateLabel = (t: Translate, state: string) =>
  STATES.has(state) ? t(`shipmentState.${state}`) : state;

/** How the arrival time was found, for the words beside it. */
export function arrivalNote(t: Translate, source: ArrivalSource | null): string | null {
  if (source === "estimated_delivery" || source === "created") return t(`arrival.${source}`);
  return null;
}
