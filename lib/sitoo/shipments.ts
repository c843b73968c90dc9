import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { cleanText } from "@/lib/api/text";
import { isShipmentId } from "@/lib/photos/shipment-key";
import type { ShipmentCarrier, ShipmentLine, ShipmentParty } from "@/lib/shipments/model";
import { type ShipmentKeyField, type SitooConfig, sitooConfig } from "./config";
import { sitooFetch } from "./fetch";

// Sitoo Shipments v3: list shipments by state (newest change first) and read one. Parsed with zod;
// every part the dashboard does not use is ignored, and every part it uses may be absent.

// Text from Sitoo is stored: a NUL or lone surrogate in it becomes U+FFFD first.
const text = z.string().transform(cleanText).nullish();
const seconds = z.number().int().nonnegative().nullish();

const contactSchema = z.object({ first_name: text, last_name: text, email: text, mobile: text }).nullish().catch(null);
const addressSchema = z
  .object({ name: text, address: text, city: text, zip: text, country_id: text })
  .nullish()
  .catch(null);
const partySchema = z.object({ contact: contactSchema, address: addressSchema }).nullish().catch(null);
const carrierSchema = z
  .object({
    name: text,
    service: text,
    reference: text,
    tracking_url: text,
    tracking_url_title: text,
    estimated_delivery_at: seconds,
  })
  .nullish()
  .catch(null);
const itemSchema = z.object({
  sku: z.string().transform(cleanText),
  quantity: z.number().nullish(),
  quantity_received: z.number().nullish(),
});
const shipmentSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().nullish(),
  created_at: seconds,
  modified_at: seconds,
  state: z.string(),
  info: z
    .object({
      reference_number: text,
      barcode: text,
      origin: partySchema,
      origin_warehouse_id: z.number().int().nullish(),
      destination: partySchema,
      destination_warehouse_id: z.number().int().nullish(),
      carrier: carrierSchema,
    })
    .nullish(),
  packages: z.array(z.object({ items: z.array(itemSchema).nullish() })).nullish(),
});
type RawShipment = z.infer<typeof shipmentSchema>;

// The cursor field's name in the answer is assumed to be `next` (the parameter's name): this is
// the one place to change it.
const listSchema = z.object({ items: z.array(shipmentSchema), next: z.string().min(1).nullish() });

/** A Shipments v3 record, reduced to what the dashboard uses. */
export interface SitooShipment {
  id: string;
  /** The media key's shipmentId (per SITOO_SHIPMENT_KEY_FIELD); null when absent or not a valid ID. */
  key: string | null;
  version: number | null;
  state: string;
  created_at: number | null;
  modified_at: number | null;
  carrier: ShipmentCarrier | null;
  origin: ShipmentParty | null;
  destination: ShipmentParty | null;
  origin_warehouse_id: number | null;
  destination_warehouse_id: number | null;
  /** Quantities per SKU over all packages; null when the answer had no packages. */
  items: ShipmentLine[] | null;
}

const clean = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

function toParty(raw: z.infer<typeof partySchema>): ShipmentParty | null {
  if (!raw) return null;
  const contactName = [clean(raw.contact?.first_name), clean(raw.contact?.last_name)].filter(Boolean).join(" ");
  const party = {
    name: clean(raw.address?.name),
    contact_name: contactName || null,
    email: clean(raw.contact?.email),
    city: clean(raw.address?.city),
    country_id: clean(raw.address?.country_id),
  };
  return Object.values(party).some((v) => v !== null) ? party : null;
}

function toCarrier(raw: z.infer<typeof carrierSchema>): ShipmentCarrier | null {
  if (!raw) return null;
  const carrier = {
    name: clean(raw.name),
    service: clean(raw.service),
    reference: clean(raw.reference),
    tracking_url: clean(raw.tracking_url),
    tracking_url_title: clean(raw.tracking_url_title),
    estimated_delivery_at: raw.estimated_delivery_at || null,
  };
  return Object.values(carrier).some((v) => v !== null) ? carrier : null;
}

/** Sums each SKU's quantities over the packages (a SKU may be split between packages). */
function toLines(packages: RawShipment["packages"]): ShipmentLine[] | null {
  if (!packages) return null;
  const bySku = new Map<string, ShipmentLine>();
  const add = (a: number | null, b: number | null | undefined) => (b == null ? a : (a ?? 0) + b);
  for (const p of packages) {
    for (const item of p.items ?? []) {
      const line = bySku.get(item.sku) ?? { sku: item.sku, quantity: null, quantity_received: null };
      line.quantity = add(line.quantity, item.quantity);
      line.quantity_received = add(line.quantity_received, item.quantity_received);
      bySku.set(item.sku, line);
    }
  }
  return [...bySku.values()];
}

function keyOf(raw: RawShipment, field: ShipmentKeyField): string | null {
  const value = field === "id" ? raw.id : field === "barcode" ? raw.info?.barcode : raw.info?.reference_number;
  return value && isShipmentId(value) ? value : null;
}

export function toSitooShipment(raw: RawShipment, field: ShipmentKeyField): SitooShipment {
  return {
    id: raw.id,
    key: keyOf(raw, field),
    version: raw.version ?? null,
    state: raw.state,
    created_at: raw.created_at ?? null,
    modified_at: raw.modified_at ?? null,
    carrier: toCarrier(raw.info?.carrier),
    origin: toParty(raw.info?.origin),
    destination: toParty(raw.info?.destination),
    origin_warehouse_id: raw.info?.origin_warehouse_id ?? null,
    destination_warehouse_id: raw.info?.destination_warehouse_id ?? null,
    items: toLines(raw.packages),
  };
}

interface Ctx {
  requestId: string;
  config?: SitooConfig;
  signal?: AbortSignal;
  deadlineMs?: number;
}

function base(config: SitooConfig): string {
  if (!config.shipmentsBaseUrl)
    throw new AppError("UPSTREAM_UNAVAILABLE", "Sitoo Shipments is turned off (SITOO_SHIPMENTS_BASE_URL=off).");
  return config.shipmentsBaseUrl;
}

export interface ListOptions {
  /** Active and end states cannot be mixed in one call (Sitoo answers 400). */
  states: string[];
  next?: string | null;
  num?: number;
  /** "-modified_at" (default): what changed last comes first. */
  sort?: string;
  includePackages?: boolean;
}

// A 502 is how Sitoo says an answer passed its 1 MB limit: not worth repeating as it was.
const RETRY_BUT_502 = new Set([429, 503, 504]);
const SMALLER_PAGE = 10;

/**
 * One page of shipments. A 502 on a page larger than SMALLER_PAGE is asked again once with
 * `num` = SMALLER_PAGE (the cursor is a position, so paging continues either way).
 */
export async function listShipments(
  o: ListOptions,
  ctx: Ctx,
): Promise<{ items: SitooShipment[]; next: string | null; num: number }> {
  const config = ctx.config ?? sitooConfig();
  const url = new URL(`${base(config)}/shipments`);
  url.searchParams.set("shipment_state", o.states.join(","));
  url.searchParams.set("sort", o.sort ?? "-modified_at");
  if (config.warehouseIds.length) url.searchParams.set("destination_warehouse_id", config.warehouseIds.join(","));
  if (o.includePackages ?? true) url.searchParams.set("include_packages", "true");
  if (o.next) url.searchParams.set("next", o.next);
  const call = async (num: number) => {
    url.searchParams.set("num", String(num));
    const page = await sitooFetch({
      service: "shipments",
      url,
      schema: listSchema,
      requestId: ctx.requestId,
      config,
      signal: ctx.signal,
      deadline: ctx.deadlineMs ? Date.now() + ctx.deadlineMs : undefined,
      retryStatuses: RETRY_BUT_502,
    });
    return {
      items: page.items.map((raw) => toSitooShipment(raw, config.shipmentKeyField)),
      next: page.next ?? null,
      num,
    };
  };
  const num = o.num ?? config.shipmentsPageSize;
  try {
    return await call(num);
  } catch (err) {
    if (err instanceof AppError && err.upstreamStatus === 502 && num > SMALLER_PAGE) return call(SMALLER_PAGE);
    throw err;
  }
}

/** One shipment by Sitoo id; null when Sitoo does not know it (404). */
export async function getShipment(id: string, ctx: Ctx): Promise<SitooShipment | null> {
  const config = ctx.config ?? sitooConfig();
  const url = new URL(`${base(config)}/shipments/${encodeURIComponent(id)}`);
  try {
    const raw = await sitooFetch({
      service: "shipments",
      url,
      schema: shipmentSchema,
      requestId: ctx.requestId,
      config,
      signal: ctx.signal,
      deadline: ctx.deadlineMs ? Date.now() + ctx.deadlineMs : undefined,
    });
    return toSitooShipment(raw, config.shipmentKeyField);
  } catch (err) {
    if (err instanceof AppError && err.upstreamStatus === 404) return null;
    throw err;
  }
}

/** Whether Shipments is configured at all (SITOO_SHIPMENTS_BASE_URL is not `off`). */
export function shipmentsEnabled(config: SitooConfig = sitooConfig()): boolean {
  return config.shipmentsBaseUrl !== null;
}

/** Whether an error means "this account has no Shipments": Sitoo refused (401/403) or has none (404). */
export function shipmentsRefused(err: unknown): boolean {
  return err instanceof AppError && err.upstreamStatus !== undefined && [401, 403, 404].includes(err.upstreamStatus);
}
