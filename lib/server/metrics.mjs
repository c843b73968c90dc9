// Prometheus metrics (prom-client), one registry per process: it lives on globalThis because Next
// bundles every route separately and server.mjs is outside the bundles; each would otherwise count
// in a registry of its own. Served by /api/metrics (app/api/metrics/route.ts) when METRICS_TOKEN is set.
import client from "prom-client";

const KEY = Symbol.for("shipment-photo-review.metrics");

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "spr_" });
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  return {
    registry,
    httpRequests: new client.Counter({
      name: "spr_http_requests_total",
      help: "HTTP requests answered, by method and status code.",
      labelNames: ["method", "status"],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "spr_http_request_duration_seconds",
      help: "Time from request to the end of the answer, by kind (api, page, asset).",
      labelNames: ["kind"],
      buckets: seconds,
      registers: [registry],
    }),
    upstreamDuration: new client.Histogram({
      name: "spr_upstream_request_duration_seconds",
      help: "Calls to Sitoo, each try, by service and status (0: no answer).",
      labelNames: ["service", "status"],
      buckets: seconds,
      registers: [registry],
    }),
    errors: new client.Counter({
      name: "spr_api_errors_total",
      help: "Error answers of our API, by error code.",
      labelNames: ["code"],
      registers: [registry],
    }),
    cache: new client.Counter({
      name: "spr_cache_requests_total",
      help: "Cache lookups, by cache and result (hit: this instance; shared: another instance's answer via Redis; miss: loaded upstream).",
      labelNames: ["cache", "result"],
      registers: [registry],
    }),
    syncLag: new client.Gauge({
      name: "spr_sync_lag_seconds",
      help: "Seconds since the last Shipments sync run that ended without errors (-1: none yet).",
      registers: [registry],
    }),
    packBytes: new client.Counter({
      name: "spr_evidence_pack_bytes_total",
      help: "Bytes of evidence packs sent.",
      registers: [registry],
    }),
    signInRefused: new client.Counter({
      name: "spr_sign_in_refused_total",
      help: "Password sign-ins refused or failed, by reason.",
      labelNames: ["reason"],
      registers: [registry],
    }),
  };
}

/** The process's metrics. */
export function metrics() {
  const store = globalThis;
  store[KEY] ??= create();
  return store[KEY];
}
