// Catalog resource URLs and names. Server-only, used by catalog.ts.
import "server-only";

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
