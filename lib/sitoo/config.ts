import "server-only";
import { z } from "zod";

// The only module that reads Sitoo settings and credentials from the environment.

const DEFAULT_MEDIA_BASE_URL = "https://media-object-storage.sitooapis.com";
const DEFAULT_SHIPMENTS_BASE_URL = "https://shipments.sitooapis.com/v3";
export const SHIPMENT_KEY_FIELDS = ["reference_number", "barcode", "id"] as const;
export type ShipmentKeyField = (typeof SHIPMENT_KEY_FIELDS)[number];

// An empty variable counts as unset, as it does in most .env tooling.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalUrl = z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).optional());

const schema = z.object({
  SITOO_API_ID: z.string().min(1, "SITOO_API_ID is not set"),
  SITOO_API_PASSWORD: z.string().min(1, "SITOO_API_PASSWORD is not set"),
  SITOO_MEDIA_BASE_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/ }).default(DEFAULT_MEDIA_BASE_URL)),
  SITOO_MEDIA_CDN_ORIGINS: z.string().optional(),
  SITOO_API_BASE_URL: optionalUrl,
  SITOO_SITE_ID: z.preprocess(blankToUndefined, z.coerce.number().int().positive().optional()),
  SITOO_RESOURCE_BASE_URL: optionalUrl,
  SITOO_SHIPMENTS_BASE_URL: z.preprocess(
    blankToUndefined,
    z.union([z.literal("off"), z.url({ protocol: /^https?$/ })]).default(DEFAULT_SHIPMENTS_BASE_URL),
  ),
  SITOO_SHIPMENT_KEY_FIELD: z.preprocess(blankToUndefined, z.enum(SHIPMENT_KEY_FIELDS).default("reference_number")),
  SITOO_WAREHOUSE_IDS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\s*\d+\s*(,\s*\d+\s*)*$/, "a comma-separated list of warehouse ids (integers)")
      .optional(),
  ),
  SITOO_SHIPMENTS_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(50),
  SITOO_MEDIA_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  SITOO_CATALOG_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(100),
  SITOO_SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(600).default(15),
  SITOO_CATALOG_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  SITOO_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4_000),
  SITOO_DEADLINE_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export interface SitooConfig {
  apiId: string;
  password: string;
  mediaBaseUrl: string;
  /** Origins that signed image URLs may come from; `https://*.cloudfront.net` style wildcards allowed. */
  cdnOrigins: string[];
  /** REST v2 base including the account; null turns the catalog feature off. */
  restBaseUrl: string | null;
  siteId: number | null;
  resourceBaseUrl: string | null;
  /** Shipments v3 base; null when SITOO_SHIPMENTS_BASE_URL is `off`. */
  shipmentsBaseUrl: string | null;
  /** Which shipment field is the media key's shipmentId. */
  shipmentKeyField: ShipmentKeyField;
  /** Destination warehouses the sync follows; empty: all. */
  warehouseIds: number[];
  /** `num` for Shipments v3 lists (Sitoo caps an answer at 1 MB). */
  shipmentsPageSize: number;
  pageSize: number;
  /** `num` for REST v2 collections (Sitoo's default is 10; 100 keeps calls few). */
  catalogPageSize: number;
  /** How long identical search pages are answered from memory (0: not at all). */
  searchCacheSeconds: number;
  /** How long catalog answers are kept in memory (0: not at all). */
  catalogCacheSeconds: number;
  timeoutMs: number;
  deadlineMs: number;
}

export function parseSitooConfig(env: Record<string, string | undefined>): SitooConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid Sitoo configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  const e = parsed.data;
  const mediaOrigin = new URL(e.SITOO_MEDIA_BASE_URL).origin;
  const cdnOrigins = e.SITOO_MEDIA_CDN_ORIGINS
    ? e.SITOO_MEDIA_CDN_ORIGINS.split(",")
        .map((s) => s.trim().replace(/\/+$/, ""))
        .filter(Boolean)
    : ["https://*.cloudfront.net", mediaOrigin];
  return {
    apiId: e.SITOO_API_ID,
    password: e.SITOO_API_PASSWORD,
    mediaBaseUrl: e.SITOO_MEDIA_BASE_URL.replace(/\/+$/, ""),
    cdnOrigins,
    restBaseUrl: e.SITOO_API_BASE_URL ? e.SITOO_API_BASE_URL.replace(/\/+$/, "") : null,
    siteId: e.SITOO_SITE_ID ?? null,
    resourceBaseUrl: e.SITOO_RESOURCE_BASE_URL ?? null,
    shipmentsBaseUrl: e.SITOO_SHIPMENTS_BASE_URL === "off" ? null : e.SITOO_SHIPMENTS_BASE_URL.replace(/\/+$/, ""),
    shipmentKeyField: e.SITOO_SHIPMENT_KEY_FIELD,
    warehouseIds: e.SITOO_WAREHOUSE_IDS
      ? [...new Set(e.SITOO_WAREHOUSE_IDS.split(",").map((s) => Number(s.trim())))]
      : [],
    shipmentsPageSize: e.SITOO_SHIPMENTS_PAGE_SIZE,
    pageSize: e.SITOO_MEDIA_PAGE_SIZE,
    catalogPageSize: e.SITOO_CATALOG_PAGE_SIZE,
    catalogCacheSeconds: e.SITOO_CATALOG_CACHE_SECONDS,
    searchCacheSeconds: e.SITOO_SEARCH_CACHE_SECONDS,
    timeoutMs: e.SITOO_TIMEOUT_MS,
    deadlineMs: e.SITOO_DEADLINE_MS,
  };
}

let cached: SitooConfig | undefined;

export function sitooConfig(): SitooConfig {
  cached ??= parseSitooConfig(process.env);
  return cached;
}

/** Image origins for the Content-Security-Policy: no credentials, safe to hand to the header code. */
export function imageOrigins(config: SitooConfig = sitooConfig()): string[] {
  const origins = [...config.cdnOrigins];
  if (config.resourceBaseUrl) origins.push(new URL(config.resourceBaseUrl).origin);
  return [...new Set(origins)];
}
