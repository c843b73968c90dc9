import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { cleanText } from "@/lib/api/text";
import { isPending } from "@/lib/photos/labels";
import { belongsToShipment, parseEntityId } from "@/lib/photos/shipment-key";
import type { Photo, PhotoPage } from "@/lib/photos/types";
import { sharedFlight } from "@/lib/server/shared-flight";
import { singleton } from "@/lib/server/singleton";
import { createTtlCache } from "@/lib/server/ttl-cache";
import { isAllowedUrl } from "@/lib/sitoo/origins";
import { type SitooConfig, sitooConfig } from "./config";
import { sitooFetch } from "./fetch";

// Media Object Storage: search a shipment's photos and read one photo's metadata.

const seconds = z.number().int().nonnegative().nullish();

// Unknown fields are stripped (zod's default), so Sitoo adding a field never breaks us.
const fileMetadataSchema = z.object({
  file_id: z.string().min(1),
  entity_type: z.string(),
  // From a store's device: a NUL or lone surrogate becomes U+FFFD here, before it is stored anywhere.
  entity_id: z.string().transform(cleanText),
  status: z.string(),
  content_type: z.string().nullish(),
  file_size: z.number().nonnegative().nullish(),
  created_at: seconds,
  updated_at: seconds,
  download_url: z.string().nullish(),
  download_expires_at: seconds,
  thumbnail_url: z.string().nullish(),
  thumbnail_expires_at: seconds,
});
type FileMetadata = z.infer<typeof fileMetadataSchema>;

// The cursor field's name is assumed (the published docs stop before it): this is the one place
// to change it.
const searchSchema = z.object({
  files: z.array(fileMetadataSchema),
  next_cursor: z.string().min(1).nullish(),
});

interface Ctx {
  requestId: string;
  config?: SitooConfig;
  /** Give up after this many ms instead of the configured deadline. */
  deadlineMs?: number;
}

/** A signed URL from an origin we do not trust is dropped, never shown. */
function toPhoto(raw: FileMetadata, origins: readonly string[]): Photo {
  const ready = raw.status === "ready";
  const download = ready && raw.download_url && isAllowedUrl(raw.download_url, origins) ? raw.download_url : null;
  const thumbnail = ready && raw.thumbnail_url && isAllowedUrl(raw.thumbnail_url, origins) ? raw.thumbnail_url : null;
  return {
    file_id: raw.file_id,
    entity_type: raw.entity_type,
    entity_id: raw.entity_id,
    status: raw.status,
    content_type: raw.content_type ?? null,
    file_size: raw.file_size ?? null,
    created_at: raw.created_at ?? null,
    updated_at: raw.updated_at ?? null,
    download_url: download,
    download_expires_at: download ? (raw.download_expires_at ?? null) : null,
    thumbnail_url: thumbnail,
    thumbnail_expires_at: thumbnail ? (raw.thumbnail_expires_at ?? null) : null,
    key: parseEntityId(raw.entity_id),
  };
}

/** A cached page is served only while every signed URL in it has this long left to live. */
export const MIN_URL_LIFE_MS = 10 * 60_000;

export function cacheable(page: PhotoPage, nowMs: number): boolean {
  return page.files.every((f) => {
    // A photo still processing may turn ready any second: its page must not be served stale.
    if (isPending(f.status)) return false;
    const expiries = [f.thumbnail_url && f.thumbnail_expires_at, f.download_url && f.download_expires_at];
    return expiries.every((e) => !e || e * 1000 - nowMs > MIN_URL_LIFE_MS);
  });
}

/**
 * One page of a shipment's photos; files of prefix-neighbour shipments are removed. Identical
 * searches share one upstream call while it is in flight (across instances with Redis), and are answered from memory for a few
 * seconds after, unless a signed URL in the answer is close to expiring or a photo is processing.
 */
export function searchShipmentPhotos(shipmentId: string, cursor: string | null, ctx: Ctx): Promise<PhotoPage> {
  const config = ctx.config ?? sitooConfig();
  if (config.searchCacheSeconds === 0) return searchUpstream(shipmentId, cursor, ctx, config);
  // The review list, the catalog's SKU walk and the page's first render share one cache.
  const cache = singleton("search-cache", () =>
    createTtlCache<PhotoPage>({ name: "search", ttlMs: config.searchCacheSeconds * 1000, keep: cacheable }),
  );
  const key = JSON.stringify([config.mediaBaseUrl, config.pageSize, shipmentId, cursor]);
  // Instances share one upstream call too (with Redis): the first loads, the others read its answer.
  return cache.get(key, () =>
    sharedFlight("search", key, () => searchUpstream(shipmentId, cursor, ctx, config), {
      keepMs: () => config.searchCacheSeconds * 1000,
      usable: cacheable,
      waitMs: config.deadlineMs,
    }),
  );
}

async function searchUpstream(
  shipmentId: string,
  cursor: string | null,
  ctx: Ctx,
  config: SitooConfig,
): Promise<PhotoPage> {
  const url = new URL(`${config.mediaBaseUrl}/v1/media/search`);
  url.searchParams.set("entity_type", "shipment_item");
  url.searchParams.set("entity_id", shipmentId);
  url.searchParams.set("limit", String(config.pageSize));
  if (cursor) url.searchParams.set("cursor", cursor);
  const deadline = ctx.deadlineMs ? Date.now() + ctx.deadlineMs : undefined;
  const page = await sitooFetch({
    service: "media",
    url,
    schema: searchSchema,
    requestId: ctx.requestId,
    config,
    deadline,
  });
  return {
    shipment_id: shipmentId,
    files: page.files
      .filter((f) => f.entity_type === "shipment_item" && belongsToShipment(f.entity_id, shipmentId))
      .map((f) => toPhoto(f, config.cdnOrigins)),
    next_cursor: page.next_cursor ?? null,
  };
}

export async function getPhoto(fileId: string, ctx: Ctx): Promise<Photo> {
  const config = ctx.config ?? sitooConfig();
  const url = new URL(`${config.mediaBaseUrl}/v1/media/${encodeURIComponent(fileId)}`);
  const raw = await sitooFetch({ service: "media", url, schema: fileMetadataSchema, requestId: ctx.requestId, config });
  if (raw.file_id.toLowerCase() !== fileId.toLowerCase())
    throw new AppError("UPSTREAM_ERROR", "Sitoo answered with a different file.");
  // Only shipment photos: the account's other files are none of this dashboard's business.
  if (raw.entity_type !== "shipment_item") throw new AppError("FILE_NOT_FOUND", "There is no such photo.");
  return toPhoto(raw, config.cdnOrigins);
}

const MAX_SKU_PAGES = 200;

/**
 * The distinct SKUs among a shipment's photos. A walk of every search page (through the search
 * cache, so pages the browser just fetched are reused) serves every caller for as long as catalog
 * answers are cached (SITOO_CATALOG_CACHE_SECONDS): reopening a 5,000-photo shipment, or many
 * users opening it, costs no new walk.
 */
export async function shipmentSkus(shipmentId: string, ctx: Ctx): Promise<string[]> {
  const config = ctx.config ?? sitooConfig();
  if (config.catalogCacheSeconds === 0) return walkSkus(shipmentId, ctx);
  const cache = singleton("shipment-skus", () =>
    createTtlCache<string[]>({ ttlMs: config.catalogCacheSeconds * 1000 }),
  );
  return cache.get(shipmentId, () => walkSkus(shipmentId, ctx));
}

async function walkSkus(shipmentId: string, ctx: Ctx): Promise<string[]> {
  const skus = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < MAX_SKU_PAGES; page++) {
    const result: PhotoPage = await searchShipmentPhotos(shipmentId, cursor, ctx);
    for (const f of result.files) if (f.key) skus.add(f.key.sku);
    cursor = result.next_cursor;
    if (!cursor) break;
  }
  return [...skus].sort();
}
