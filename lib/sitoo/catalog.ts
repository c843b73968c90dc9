import "server-only";
import { z } from "zod";
import type { CatalogEntry, CatalogFile, CatalogImage } from "@/lib/photos/types";
import { mapLimit } from "@/lib/server/map-limit";
import { singleton } from "@/lib/server/singleton";
import { createTtlCache } from "@/lib/server/ttl-cache";
import { type SitooConfig, sitooConfig } from "./config";
import { sitooFetch } from "./fetch";
import { joinResourceUrl, resourceName } from "./resource-url";
import { batchSkus } from "./sku-batches";

// Sitoo REST API v2: each SKU's catalog product, its images and its files.

const MAX_PAGES = 10;
const CONCURRENCY = 4;

const envelope = <T extends z.ZodType>(item: T) =>
  z.object({ totalcount: z.number().int().nonnegative(), items: z.array(item) });

const productSchema = z.object({ productid: z.number().int(), sku: z.string(), title: z.string().nullish() });

const resourceSchema = z.object({
  resourceid: z.string().min(1),
  mimetype: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  filesize: z.number().nullish(),
  datecreated: z.number().nullish(),
});
type Resource = z.infer<typeof resourceSchema>;

interface Ctx {
  requestId: string;
  config?: SitooConfig;
}

type CatalogConfig = SitooConfig & { restBaseUrl: string; siteId: number };

export function catalogEnabled(config: SitooConfig = sitooConfig()): config is CatalogConfig {
  return config.restBaseUrl !== null && config.siteId !== null;
}

/** Reads every page of a collection, `start`/`num` at a time, up to a sane bound. */
async function listAll<T extends z.ZodType>(
  config: CatalogConfig,
  path: string,
  params: Record<string, string>,
  item: T,
  requestId: string,
): Promise<z.infer<T>[]> {
  const out: z.infer<T>[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = new URL(`${config.restBaseUrl}/sites/${config.siteId}/${path}`);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    url.searchParams.set("start", String(out.length));
    url.searchParams.set("num", String(config.catalogPageSize));
    const body = await sitooFetch({ service: "catalog", url, schema: envelope(item), requestId, config });
    out.push(...body.items);
    if (body.items.length === 0 || out.length >= body.totalcount) break;
  }
  return out;
}

function toImage(r: Resource, base: string | null): CatalogImage {
  return {
    name: resourceName(r.resourceid),
    url: base ? joinResourceUrl(base, r.resourceid) : null,
    width: r.width ?? null,
    height: r.height ?? null,
    mimetype: r.mimetype ?? null,
  };
}

function toFile(r: Resource, base: string | null): CatalogFile {
  return {
    name: resourceName(r.resourceid),
    url: base ? joinResourceUrl(base, r.resourceid) : null,
    mimetype: r.mimetype ?? null,
    size: r.filesize ?? null,
  };
}

async function loadCatalog(skus: readonly string[], config: CatalogConfig, requestId: string): Promise<CatalogEntry[]> {
  // One products.json call for the whole shipment, split only when the SKU list is long.
  const products = new Map<string, z.infer<typeof productSchema>>();
  for (const batch of batchSkus(skus)) {
    const found = await listAll(
      config,
      "products.json",
      { sku: batch.join(","), fields: "productid,sku,title" },
      productSchema,
      requestId,
    );
    for (const p of found) if (!products.has(p.sku)) products.set(p.sku, p);
  }
  const fields = { fields: "resourceid,mimetype,width,height,filesize" };
  return mapLimit([...new Set(skus)].sort(), CONCURRENCY, async (sku): Promise<CatalogEntry> => {
    const product = products.get(sku);
    if (!product) return { sku, product: null, images: [], files: [] };
    const base = `products/${product.productid}`;
    // Sequential within a product, so at most CONCURRENCY calls are in flight.
    const images = await listAll(config, `${base}/images.json`, fields, resourceSchema, requestId);
    const files = await listAll(config, `${base}/files.json`, fields, resourceSchema, requestId);
    return {
      sku,
      product: { productid: product.productid, title: product.title ?? sku },
      images: images.map((r) => toImage(r, config.resourceBaseUrl)),
      files: files.map((r) => toFile(r, config.resourceBaseUrl)),
    };
  });
}

// Catalog data changes rarely: a few minutes in memory, keyed by site and SKU set. The key is
// JSON: SKUs are outside text, and any separator could appear inside one.

export function catalogForSkus(skus: readonly string[], ctx: Ctx): Promise<CatalogEntry[]> {
  const config = ctx.config ?? sitooConfig();
  if (!catalogEnabled(config)) return Promise.resolve([]);
  if (config.catalogCacheSeconds === 0) return loadCatalog(skus, config, ctx.requestId);
  const cache = singleton("catalog-cache", () =>
    createTtlCache<CatalogEntry[]>({ name: "catalog", ttlMs: config.catalogCacheSeconds * 1000 }),
  );
  const key = JSON.stringify([config.restBaseUrl, config.siteId, [...new Set(skus)].sort()]);
  return cache.get(key, () => loadCatalog(skus, config, ctx.requestId));
}
