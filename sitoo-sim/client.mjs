// The one client for the simulator's /__sim/ control endpoints, used by the unit tests, the
// end-to-end tests and the benchmarks alike.
export { OTHER_KIND_FILE, SHIPMENTS } from "./shipments.mjs";

/** Controls the simulator at `origin`; every call throws on a non-2xx answer. */
export function createSimClient(origin) {
  const call = async (method, path, body) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`sim ${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    origin,
    reset: () => call("POST", "/__sim/reset"),
    fault: (fault) => call("POST", "/__sim/faults", fault),
    clearFaults: () => call("DELETE", "/__sim/faults"),
    configure: (config) => call("POST", "/__sim/config", config),
    requests: async (since = 0) => (await call("GET", `/__sim/requests?since=${since}`)).requests,
    clearRequests: () => call("DELETE", "/__sim/requests"),
    /**
     * Adds arrived Shipments v3 records (`count`, default 1), the first `with_photos` of them with
     * `photos` ready photos each (default 3). Resolves to `[{ id, reference_number, entity_ids }]`.
     */
    addShipments: async (options = {}) => (await call("POST", "/__sim/shipments", options)).shipments,
    /** Moves a shipment to another state, as the store or ERP would (version and modified_at change). */
    setShipmentState: (id, state) => call("POST", `/__sim/shipments/${encodeURIComponent(id)}/state`, { state }),
    /** Starts an upload for `entityId` as a POS device would: the photo exists at once ("uploading"). */
    startUpload: async (entityId, credentials = "sim-api-id:sim-password") => {
      const res = await fetch(`${origin}/v1/media/upload-url`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Basic ${btoa(credentials)}` },
        body: JSON.stringify({
          file_name: "photo.jpg",
          content_type: "image/jpeg",
          entity_type: "shipment_item",
          entity_id: entityId,
        }),
      });
      if (!res.ok) throw new Error(`sim upload-url: ${res.status} ${await res.text()}`);
      return res.json();
    },
  };
}

/** The app's Sitoo settings that point it at the simulator at `origin` (catalog on unless told). */
export function sitooEnv(origin, { catalog = true } = {}) {
  const env = {
    SITOO_API_ID: "sim-api-id",
    SITOO_API_PASSWORD: "sim-password",
    SITOO_MEDIA_BASE_URL: origin,
    // The simulator's CDN serves signed image URLs from its own origin.
    SITOO_MEDIA_CDN_ORIGINS: origin,
    SITOO_SHIPMENTS_BASE_URL: `${origin}/v3`,
  };
  if (!catalog) return env;
  return {
    ...env,
    SITOO_API_BASE_URL: `${origin}/v2/accounts/1500`,
    SITOO_SITE_ID: "1",
    SITOO_RESOURCE_BASE_URL: `${origin}/resources/`,
  };
}
