// Catalog lookups by SKU, split so no request URL grows too long. Server-only, used by catalog.ts.
import "server-only";

/**
 * Splits SKUs into comma-separated `sku=` filters, each at most `maxSkus` long and `maxChars`
 * characters, so a long shipment never produces an over-long URL. SKUs containing a comma cannot
 * be expressed in the filter and are left out (they show as not in the catalog).
 */
export function batchSkus(skus: readonly string[], maxSkus = 50, maxChars = 1500): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const sku of [...new Set(skus)].filter((s) => s.length > 0 && !s.includes(","))) {
    const cost = encodeURIComponent(sku).length + 1;
    if (current.length > 0 && (current.length >= maxSkus || length + cost > maxChars)) {
      batches.push(current);
      current = [];
      length = 0;
    }
    current.push(sku);
    length += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
