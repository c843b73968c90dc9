// A small router for the simulator: routes are (method, path pattern) pairs tried in order; the
// first match answers. Each service module returns its routes.

/**
 * A route's `handle` gets `{ req, res, path, query, params }` and returns the JSON body of a 200
 * answer, or answers itself and returns undefined. `strip` is how a `missing_field` fault spoils
 * that body. `method: "*"` matches any method.
 */

/** Finds the route for a request: `{ route, params }`, or null. */
export function matchRoute(routes, method, path) {
  for (const route of routes) {
    if (route.method !== method && route.method !== "*") continue;
    const m = route.pattern.exec(path);
    if (m) return { route, params: m.slice(1) };
  }
  return null;
}

/** Which simulated service a path belongs to (for the request log, faults and error shapes). */
const SERVICES = [
  ["/v1/media", "media"],
  ["/v2/", "rest"],
  ["/v3/", "shipments"],
  ["/cdn/", "cdn"],
  ["/resources/", "resources"],
  ["/upload/", "upload"],
];
export const serviceOf = (path) => SERVICES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? null;

/** Services that need the API credentials (the CDN, resources and uploads are signed or public). */
export const needsAuth = (service) => service === "media" || service === "rest" || service === "shipments";
