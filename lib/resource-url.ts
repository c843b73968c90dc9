/**
 * A catalog resource's URL: the configured base joined with the `resourceid`, each path segment
 * percent-encoded. `.` and `..` segments are encoded too, so a resourceid can never climb out of
 * the base path.
 */
export function joinResourceUrl(base: string, resourceId: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  const path = resourceId
    .replace(/^\/+/, "")
    .split("/")
    .map((segment) =>
      segment === "." || segment === ".." ? segment.replaceAll(".", "%2E") : encodeURIComponent(segment),
    )
    .join("/");
  return `${root}${path}`;
}

/** The last path segment of a resourceid, for display. */
export function resourceName(resourceId: string): string {
  const parts = resourceId.split("/").filter(Boolean);
  return parts[parts.length - 1] ?? resourceId;
}

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
