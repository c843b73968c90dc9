// The Sitoo simulator: Media Object Storage, the REST API v2 subset, signed CDN URLs, resource
// files, and /__sim/ control endpoints for tests. Loopback only.
import { randomUUID } from "node:crypto";
import http from "node:http";
import { createFaults } from "./faults.mjs";
import { basicAuthOk, mediaError, readBody, readJson, restError, SimError, sendJson } from "./http-util.mjs";
import { processImage } from "./images.mjs";
import { buildSeed } from "./seed.mjs";
import { createSigner } from "./signing.mjs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPLOAD_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

/**
 * @param {object} o
 * @param {string} [o.apiId] @param {string} [o.password]
 * @param {number} [o.urlLifetimeSeconds] signed URL lifetime (Sitoo: 3600)
 * @param {number} [o.processingReadySeconds] when the seeded "processing" file turns ready
 * @param {number} [o.hugePhotos] size of the optional very large shipment (0: none)
 * @param {number} [o.maxLimit] largest `limit` the search accepts
 */
export async function createSimulator(o = {}) {
  const config = {
    apiId: o.apiId ?? "sim-api-id",
    password: o.password ?? "sim-password",
    accountId: o.accountId ?? 1500,
    siteId: o.siteId ?? 1,
    urlLifetimeSeconds: o.urlLifetimeSeconds ?? 3600,
    processingReadySeconds: o.processingReadySeconds ?? 8,
    processingStepMs: o.processingStepMs ?? 150,
    maxLimit: o.maxLimit ?? 100,
    hugePhotos: o.hugePhotos ?? 0,
  };
  const initialConfig = { ...config };
  const signer = createSigner(randomUUID());
  const faults = createFaults();
  let log = [];
  let logSeq = 0;
  let files;
  let blobs;
  let catalog;
  let timers = [];
  let sorted = null;
  const hung = new Set();
  let origin = "";

  async function reset() {
    for (const t of timers) clearTimeout(t);
    timers = [];
    const seed = await buildSeed({ hugePhotos: config.hugePhotos });
    files = new Map(seed.files.map((f) => [f.file_id, f]));
    blobs = seed.blobs;
    catalog = seed.catalog;
    for (const f of files.values()) {
      if (f.readyAfterSeconds) {
        timers.push(setTimeout(() => setStatus(f, "ready"), config.processingReadySeconds * 1000));
      }
    }
    sorted = null;
  }
  await reset();

  // Search walks files in (entity_id, file_id) order; the cursor names the last key returned, so a
  // file added mid-walk can never make a page repeat or skip another.
  const ordered = () => {
    sorted ??= [...files.values()].sort((a, b) =>
      a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : a.file_id < b.file_id ? -1 : 1,
    );
    return sorted;
  };

  function setStatus(f, status) {
    f.status = status;
    f.updated_at = Math.floor(Date.now() / 1000);
  }

  function metadata(f) {
    const out = {
      file_id: f.file_id,
      entity_type: f.entity_type,
      entity_id: f.entity_id,
      status: f.status,
      content_type: f.content_type,
      file_size: f.file_size,
      created_at: f.created_at,
      updated_at: f.updated_at,
    };
    if (f.status === "ready") {
      const full = signer.url(origin, `/cdn/${f.file_id}/full.jpg`, config.urlLifetimeSeconds);
      const thumb = signer.url(origin, `/cdn/${f.file_id}/thumbnail.jpg`, config.urlLifetimeSeconds);
      Object.assign(out, {
        download_url: full.url,
        download_expires_at: full.expires,
        thumbnail_url: thumb.url,
        thumbnail_expires_at: thumb.expires,
      });
    }
    return out;
  }

  const encodeCursor = (f) => Buffer.from(JSON.stringify([f.entity_id, f.file_id])).toString("base64url");
  function decodeCursor(cursor) {
    try {
      const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
      if (Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === "string")) return v;
    } catch {}
    throw new SimError(400, "Invalid cursor");
  }

  function search(query) {
    const entityType = query.get("entity_type");
    const entityId = query.get("entity_id");
    if (!entityType) throw new SimError(400, "entity_type is required");
    if (entityType !== "shipment_item") throw new SimError(400, "Unsupported entity_type");
    if (!entityId) throw new SimError(400, "entity_id is required");
    const limitRaw = query.get("limit");
    const limit = limitRaw === null ? 50 : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1 || limit > config.maxLimit)
      throw new SimError(400, `limit must be an integer from 1 to ${config.maxLimit}`);
    const cursor = query.get("cursor");
    const after = cursor ? decodeCursor(cursor) : null;
    const matching = ordered().filter((f) => f.entity_id.startsWith(entityId));
    const start = after
      ? matching.findIndex((f) => f.entity_id > after[0] || (f.entity_id === after[0] && f.file_id > after[1]))
      : 0;
    const page = start === -1 ? [] : matching.slice(start, start + limit);
    const more = start !== -1 && start + limit < matching.length;
    return { files: page.map(metadata), next_cursor: more ? encodeCursor(page[page.length - 1]) : null };
  }

  function createUpload(body) {
    const { file_name, content_type, entity_type, entity_id } = body ?? {};
    if (typeof file_name !== "string" || !file_name || file_name.length > 255)
      throw new SimError(400, "file_name is required");
    if (!UPLOAD_TYPES.has(content_type))
      throw new SimError(400, "content_type must be image/jpeg, image/png, image/webp or image/gif");
    if (entity_type !== "shipment_item") throw new SimError(400, "Unsupported entity_type");
    if (typeof entity_id !== "string" || !entity_id || entity_id.length > 512)
      throw new SimError(400, "entity_id is required");
    const now = Math.floor(Date.now() / 1000);
    const f = {
      file_id: randomUUID(),
      entity_type,
      entity_id,
      status: "uploading",
      content_type: "image/jpeg",
      file_size: 0,
      created_at: now,
      updated_at: now,
      blobKey: null,
    };
    files.set(f.file_id, f);
    sorted = null;
    const path = `/upload/${f.file_id}`;
    const signed = signer.url(origin, path, 3600);
    const signature = new URL(signed.url).searchParams.get("Signature");
    return {
      file_id: f.file_id,
      upload_url: `${origin}${path}`,
      upload_fields: {
        key: f.file_id,
        "Content-Type": content_type,
        "x-amz-date": String(signed.expires),
        "x-amz-signature": signature,
      },
      expires_at: signed.expires,
    };
  }

  async function receiveUpload(req, res, fileId) {
    const f = files.get(fileId);
    if (!f) throw new SimError(404, "Unknown upload");
    const raw = await readBody(req);
    let form;
    try {
      form = await new Request("http://upload.local/", {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "" },
        body: raw,
      }).formData();
    } catch {
      throw new SimError(400, "Upload must be multipart/form-data");
    }
    const expires = form.get("x-amz-date");
    const query = new URLSearchParams({
      Expires: String(expires ?? ""),
      Signature: String(form.get("x-amz-signature") ?? ""),
    });
    const verdict = signer.check(`/upload/${fileId}`, query);
    if (verdict !== "ok")
      throw new SimError(403, verdict === "expired" ? "Upload URL expired" : "Invalid upload signature");
    if (f.status !== "uploading") throw new SimError(409, "File already uploaded");
    const file = form.get("file");
    if (!file || typeof file === "string") throw new SimError(400, "The form needs a file field");
    const input = Buffer.from(await file.arrayBuffer());
    setStatus(f, "uploaded");
    res.writeHead(204);
    res.end();
    // Processing happens after the upload answer, as it does at Sitoo.
    const step = config.processingStepMs;
    timers.push(
      setTimeout(async () => {
        setStatus(f, "processing");
        try {
          const out = await processImage(input);
          await new Promise((r) => timers.push(setTimeout(r, step)));
          f.blobKey = `upload:${f.file_id}`;
          blobs.set(f.blobKey, out);
          f.file_size = out.full.length;
          setStatus(f, "ready");
        } catch {
          setStatus(f, "failed");
        }
      }, step),
    );
  }

  function serveCdn(res, path, query, fileId, variant) {
    const verdict = signer.check(path, query);
    if (verdict !== "ok") {
      res.writeHead(403, { "content-type": "application/xml" });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${verdict === "expired" ? "Request has expired" : "Invalid signature"}</Message></Error>`,
      );
      return;
    }
    const f = files.get(fileId);
    const blob = f?.blobKey ? blobs.get(f.blobKey) : null;
    if (!blob || f.status !== "ready") {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Not found");
      return;
    }
    const body = variant === "full.jpg" ? blob.full : blob.thumb;
    const maxAge = Math.max(0, Number(query.get("Expires")) - Math.floor(Date.now() / 1000));
    res.writeHead(200, {
      "content-type": "image/jpeg",
      "content-length": body.length,
      "cache-control": `private, max-age=${maxAge}`,
    });
    res.end(body);
  }

  // ---- REST API v2 -------------------------------------------------------------------------
  const envelope = (items, query) => {
    const start = query.get("start") === null ? 0 : Number(query.get("start"));
    const num = query.get("num") === null ? 10 : Number(query.get("num"));
    if (!Number.isInteger(start) || start < 0) throw new SimError(400, "start must be a non-negative integer");
    if (!Number.isInteger(num) || num < 1 || num > 100) throw new SimError(400, "num must be an integer from 1 to 100");
    const fields = query.get("fields")?.split(",").filter(Boolean);
    const pick = (item) =>
      fields ? Object.fromEntries(fields.filter((k) => k in item).map((k) => [k, item[k]])) : item;
    return { totalcount: items.length, items: items.slice(start, start + num).map(pick) };
  };
  const productView = ({ images, files, ...p }) => p;

  function rest(path, query) {
    const m = /^\/v2\/accounts\/(\d+)\/sites\/(\d+)(.*)$/.exec(path);
    if (!m || Number(m[1]) !== config.accountId) throw new SimError(404, "Resource not found. The url is invalid.");
    if (Number(m[2]) !== config.siteId) throw new SimError(404, "Site not found");
    const rest = m[3];
    if (rest === ".json") return { siteid: config.siteId, eshopname: "Simulated store", siteurl: origin };
    if (rest === "/products.json") {
      const skus = query
        .get("sku")
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const items = catalog.products.filter((p) => !skus || skus.includes(p.sku)).map(productView);
      return envelope(items, query);
    }
    const pm = /^\/products\/(\d+)(?:\/(images|files)(?:\/(\d+))?)?\.json$/.exec(rest);
    const product = pm && catalog.products.find((p) => p.productid === Number(pm[1]));
    if (!product) throw new SimError(404, "Resource not found. The url is invalid.");
    if (!pm[2]) return productView(product);
    const list = product[pm[2]];
    if (pm[3] === undefined) return envelope(list, query);
    const item = list[Number(pm[3])];
    if (!item) throw new SimError(404, "Resource not found. The url is invalid.");
    return item;
  }

  // ---- Control endpoints ----------------------------------------------------------------------
  async function control(req, res, path, query) {
    const route = `${req.method} ${path}`;
    if (route === "GET /__sim/requests") {
      const since = Number(query.get("since") ?? 0);
      return sendJson(res, 200, { requests: log.filter((e) => e.seq > since) });
    }
    if (route === "DELETE /__sim/requests") {
      log = [];
      return sendJson(res, 200, { ok: true });
    }
    if (route === "GET /__sim/faults") return sendJson(res, 200, { faults: faults.list() });
    if (route === "POST /__sim/faults") {
      const body = await readJson(req);
      try {
        return sendJson(res, 201, faults.add(body));
      } catch (err) {
        throw new SimError(400, err.message);
      }
    }
    if (route === "DELETE /__sim/faults") {
      faults.clear();
      return sendJson(res, 200, { ok: true });
    }
    if (route === "GET /__sim/config") return sendJson(res, 200, publicConfig());
    if (route === "POST /__sim/config") {
      const body = await readJson(req);
      if (body.url_lifetime_seconds !== undefined) {
        if (!(Number.isInteger(body.url_lifetime_seconds) && body.url_lifetime_seconds > 0))
          throw new SimError(400, "url_lifetime_seconds must be a positive integer");
        config.urlLifetimeSeconds = body.url_lifetime_seconds;
      }
      if (body.processing_ready_seconds !== undefined)
        config.processingReadySeconds = Number(body.processing_ready_seconds);
      return sendJson(res, 200, publicConfig());
    }
    if (route === "POST /__sim/reset") {
      Object.assign(config, initialConfig);
      faults.clear();
      log = [];
      await reset();
      return sendJson(res, 200, { ok: true });
    }
    throw new SimError(404, "Unknown control endpoint");
  }
  const publicConfig = () => ({
    url_lifetime_seconds: config.urlLifetimeSeconds,
    processing_ready_seconds: config.processingReadySeconds,
    max_limit: config.maxLimit,
    account_id: config.accountId,
    site_id: config.siteId,
  });

  // ---- Dispatch -------------------------------------------------------------------------------
  const serviceOf = (path) =>
    path.startsWith("/v1/media")
      ? "media"
      : path.startsWith("/v2/")
        ? "rest"
        : path.startsWith("/cdn/")
          ? "cdn"
          : path.startsWith("/resources/")
            ? "resources"
            : path.startsWith("/upload/")
              ? "upload"
              : null;

  /** Applies injected faults; returns true when a fault has answered (or swallowed) the request. */
  async function applyFaults(service, path, req, res) {
    for (const rule of faults.take(service, path)) {
      if (rule.latency_ms) await new Promise((r) => setTimeout(r, rule.latency_ms));
      switch (rule.kind) {
        case "latency":
          continue;
        case "status": {
          const headers = rule.retry_after !== null ? { "retry-after": String(rule.retry_after) } : {};
          const message = `Injected ${rule.status}`;
          (service === "rest" ? restError : mediaError)(res, rule.status, message, headers);
          return "answered";
        }
        case "malformed":
          res.writeHead(200, { "content-type": "application/json" });
          res.end('{"files": [{"file_id": "');
          return "answered";
        case "empty":
          res.writeHead(200, { "content-type": "application/json", "content-length": 0 });
          res.end();
          return "answered";
        case "reset":
          req.socket.destroy();
          return "answered";
        case "hang":
          hung.add(res);
          res.on("close", () => hung.delete(res));
          return "answered";
        case "missing_field":
          return "strip";
      }
    }
    return null;
  }

  async function handle(req, res) {
    const url = new URL(req.url, "http://sim.local");
    const path = url.pathname;
    const query = url.searchParams;
    if (path.startsWith("/__sim/")) return control(req, res, path, query);
    if (path === "/health") return sendJson(res, 200, { ok: true });
    const service = serviceOf(path);
    const entry = {
      seq: ++logSeq,
      at: Date.now(),
      method: req.method,
      service,
      path,
      query: Object.fromEntries(query),
      host: req.headers.host ?? "",
      status: 0,
    };
    log.push(entry);
    if (log.length > 100_000) log.splice(0, log.length - 50_000);
    res.on("finish", () => {
      entry.status = res.statusCode;
    });
    const errorOut = service === "rest" ? restError : mediaError;
    if (!service) return errorOut(res, 404, "Not found");

    const fault = await applyFaults(service, path, req, res);
    if (fault === "answered") return;

    if (service === "cdn") {
      const m = /^\/cdn\/([^/]+)\/(full\.jpg|thumbnail\.jpg)$/.exec(path);
      if (!m || req.method !== "GET") return errorOut(res, 404, "Not found");
      return serveCdn(res, path, query, m[1], m[2]);
    }
    if (service === "resources") {
      const name = decodeURIComponent(path.slice("/resources/".length));
      const resource = catalog.resources.get(name);
      if (!resource) return restError(res, 404, "Resource not found");
      res.writeHead(200, {
        "content-type": resource.mimetype,
        "content-length": resource.body.length,
        "cache-control": "public, max-age=300",
      });
      return res.end(resource.body);
    }
    if (service === "upload") {
      if (req.method !== "POST") return errorOut(res, 405, "Method not allowed");
      return receiveUpload(req, res, path.slice("/upload/".length));
    }

    if (!basicAuthOk(req, config.apiId, config.password)) {
      entry.auth = false;
      return errorOut(res, 401, "Authentication failed");
    }
    let body;
    if (service === "rest") {
      if (req.method !== "GET") return restError(res, 405, "Method not allowed");
      body = rest(path, query);
      if (fault === "strip") delete body.items;
    } else if (req.method === "GET" && path === "/v1/media/search") {
      body = search(query);
      if (fault === "strip") body.files = body.files.map(({ file_id, ...rest }) => rest);
    } else if (req.method === "POST" && path === "/v1/media/upload-url") {
      body = createUpload(await readJson(req));
    } else if (req.method === "GET" && path.startsWith("/v1/media/")) {
      const fileId = path.slice("/v1/media/".length);
      if (!UUID.test(fileId)) throw new SimError(400, "file_id must be a UUID");
      const f = files.get(fileId.toLowerCase());
      if (!f) throw new SimError(404, "File not found");
      body = metadata(f);
      if (fault === "strip") delete body.status;
    } else {
      throw new SimError(404, "Not found");
    }
    sendJson(res, 200, body);
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
    config,
    get origin() {
      return origin;
    },
    /** Starts listening on 127.0.0.1; port 0 picks a free one. Resolves to the base URL. */
    listen(port = 0) {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          origin = `http://127.0.0.1:${server.address().port}`;
          resolve(origin);
        });
      });
    },
    close() {
      for (const t of timers) clearTimeout(t);
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
