// The Sitoo simulator: Media Object Storage, the REST API v2 subset, the Shipments v3 subset, signed CDN URLs, resource
// files, and /__sim/ control endpoints for tests. Loopback only. Each service is its own module;
// this file logs each request, applies faults and credentials, and routes it.
import http from "node:http";
import { cdnRoutes } from "./cdn.mjs";
import { controlRoutes } from "./control.mjs";
import { applyFaults } from "./faults.mjs";
import { basicAuthOk, mediaError, restError, SimError, sendJson } from "./http-util.mjs";
import { mediaRoutes } from "./media.mjs";
import { restRoutes } from "./rest-v2.mjs";
import { matchRoute, needsAuth, serviceOf } from "./router.mjs";
import { shipmentControlRoutes, shipmentRoutes } from "./shipments-v3.mjs";
import { createState } from "./state.mjs";

/**
 * @param {object} o
 * @param {string} [o.apiId] @param {string} [o.password]
 * @param {number} [o.urlLifetimeSeconds] signed URL lifetime (Sitoo: 3600)
 * @param {number} [o.processingReadySeconds] when the seeded "processing" file turns ready
 * @param {number} [o.hugePhotos] size of the optional very large shipment (0: none)
 * @param {number} [o.largePhotos] photos in shipment LARGE8MB, each `largePhotoBytes` long, streamed (0: none)
 * @param {number} [o.maxLimit] largest `limit` the search accepts
 * @param {number} [o.shipmentsMaxAnswerBytes] Shipments v3 answers past this size are a 502
 */
export async function createSimulator(o = {}) {
  const state = await createState(o);
  const control = [...shipmentControlRoutes(state), ...controlRoutes(state)];
  const routes = [...mediaRoutes(state), ...restRoutes(state), ...shipmentRoutes(state), ...cdnRoutes(state)];

  async function answer(route, ctx, fault) {
    let body = await route.handle(ctx);
    if (body === undefined) return;
    if (fault === "strip" && route.strip) body = route.strip(body);
    sendJson(ctx.res, route.status ?? 200, body);
  }

  function logRequest(req, res, service, path, query) {
    const entry = {
      seq: ++state.logSeq,
      at: Date.now(),
      method: req.method,
      service,
      path,
      query: Object.fromEntries(query),
      host: req.headers.host ?? "",
      status: 0,
    };
    state.log.push(entry);
    if (state.log.length > 100_000) state.log.splice(0, state.log.length - 50_000);
    res.on("finish", () => {
      entry.status = res.statusCode;
    });
    return entry;
  }

  async function handle(req, res) {
    const url = new URL(req.url, "http://sim.local");
    const ctx = { req, res, path: url.pathname, query: url.searchParams, params: [] };
    if (ctx.path === "/health") return sendJson(res, 200, { ok: true });
    if (ctx.path.startsWith("/__sim/")) {
      const found = matchRoute(control, req.method, ctx.path);
      return answer(found.route, { ...ctx, params: found.params }, null);
    }
    const service = serviceOf(ctx.path);
    const entry = logRequest(req, res, service, ctx.path, ctx.query);
    const errorOut = service === "rest" ? restError : mediaError;
    if (!service) return errorOut(res, 404, "Not found");

    const fault = await applyFaults(state.faults, { service, path: ctx.path, req, res, errorOut, hung: state.hung });
    if (fault === "answered") return;
    if (needsAuth(service) && !basicAuthOk(req, state.config.apiId, state.config.password)) {
      entry.auth = false;
      return errorOut(res, 401, "Authentication failed");
    }
    const found = matchRoute(routes, req.method, ctx.path);
    if (!found) throw new SimError(404, "Not found");
    return answer(found.route, { ...ctx, params: found.params }, fault);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (res.headersSent) return res.destroy();
      const status = err instanceof SimError ? err.status : 500;
      const message = err instanceof SimError ? err.message : "Internal error";
      if (!(err instanceof SimError)) console.error("[sitoo-sim]", err);
      const out = req.url?.startsWith("/v2/") ? restError : mediaError;
      out(res, status, message, err.headers ?? {});
    });
  });
  server.keepAliveTimeout = 30_000;

  return {
    config: state.config,
    get origin() {
      return state.origin;
    },
    /** Starts listening on 127.0.0.1; port 0 picks a free one. Resolves to the base URL. */
    listen(port = 0) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          state.origin = `http://127.0.0.1:${server.address().port}`;
          resolve(state.origin);
        });
      });
    },
    close() {
      for (const t of state.timers) clearTimeout(t);
      for (const res of state.hung) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
