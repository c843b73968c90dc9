#!/usr/bin/env node
// The production server: Next's request handler behind a thin HTTP layer of our own.
//   node server.mjs [-p <port>] [-H <host>]     (PORT and HOSTNAME work too)
//
// What it adds to `next start` (which still works):
// - methods Next cannot represent (TRACE, CONNECT, TRACK, anything unknown) get 405, and targets
//   that are not a path (`*`, absolute-form) or not valid percent-encoding get 400, with our error
//   body and the security headers, instead of a 500 from deep inside Next; a data API body declared
//   over 64 KB gets 413 before it is read;
// - a route that knows its streamed body's exact length says so in `x-declared-length` (Next 16
//   drops Content-Length from route handler responses); it is sent as Content-Length, so a
//   browser shows a download's true progress (the evidence pack);
// - data API answers (which skip proxy.ts) get the security headers here;
// - one JSON log line per request (request id, user, method, route, status, ms; pino, LOG_LEVEL),
//   and request counts and durations in the metrics (/api/metrics);
// - SIGTERM and SIGINT drain: no new connections, idle ones closed, /api/ready answers 503 and
//   every answer says `Connection: close`, requests in flight finish (up to SHUTDOWN_GRACE_SECONDS,
//   default 10; a download still running then is cut, so the client sees it fail), the database
//   pool and Redis are closed, and the process exits 0.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import next from "next";
import { baseHeaders, NOTHING_POLICY } from "./lib/server/base-headers.mjs";
import { logger } from "./lib/server/logger.mjs";
import { metrics } from "./lib/server/metrics.mjs";

// The configuration is the one the build wrote (.next/required-server-files.json), as Next's own
// standalone server.js does: next.config.mjs is not loaded again at start (in the standalone
// folder it could not be: that needs the build tools). In the standalone folder (`output:
// "standalone"`, completed by scripts/standalone.mjs) the folder is the working directory.
const here = path.dirname(fileURLToPath(import.meta.url));
const builtConfig = path.join(here, ".next/required-server-files.json");
if (existsSync(builtConfig)) {
  if (!existsSync(path.join(here, "next.config.mjs"))) process.chdir(here);
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(readFileSync(builtConfig, "utf8")).config);
}

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const graceMs = 1000 * Number(process.env.SHUTDOWN_GRACE_SECONDS || 10);

const DECLARED_LENGTH = "x-declared-length";
const LOG_USER = "x-log-user";
/** Set by the app (instrumentation.ts): closes the database pool and Redis. */
const CLOSE_HOOK = Symbol.for("shipment-photo-review.close");
const log = logger();
/** Every data API answer's security headers: nothing in it may run, load or be framed. */
const API_HEADERS = {
  ...baseHeaders(process.env.NODE_ENV === "production"),
  "content-security-policy": NOTHING_POLICY,
};
/** The data API: every /api/ path but next-auth's, which go through proxy.ts like pages. */
const isDataApi = (path) => path.startsWith("/api/") && !path.startsWith("/api/auth/");
/** The same cap as lib/api/request-guard.ts's MAX_BODY_BYTES. */
const MAX_BODY_BYTES = 64 * 1024;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Our error body and the headers every answer carries. */
function errorAnswer(code, message) {
  const body = JSON.stringify({ error_code: code, error_data: { message }, request_id: randomUUID() });
  const headers = {
    ...baseHeaders(process.env.NODE_ENV === "production"),
    "content-security-policy": NOTHING_POLICY,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
  };
  return { body, headers };
}

function refuse(res, status, code, message, extra = {}) {
  const { body, headers } = errorAnswer(code, message);
  res.writeHead(status, { ...headers, ...extra });
  res.end(body);
}

/** True when every %-escape in the path decodes (as UTF-8). */
function wellFormed(url) {
  const path = url.split("?")[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let stopping = false;

/**
 * Just before the headers go out: a data API answer gets the security headers, a route's
 * `x-declared-length` becomes Content-Length, the user the app named for the log is taken off the
 * answer, and a draining server asks to close.
 */
function beforeHeaders(res, seen, api) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    // The data API skips Next's proxy (proxy.ts): its security headers are given here.
    if (api)
      for (const [name, value] of Object.entries(API_HEADERS)) if (!res.hasHeader(name)) res.setHeader(name, value);
    const user = res.getHeader(LOG_USER);
    if (user !== undefined) {
      res.removeHeader(LOG_USER);
      try {
        seen.user = decodeURIComponent(String(user));
      } catch {}
    }
    if (stopping) res.setHeader("connection", "close");
    const declared = res.getHeader(DECLARED_LENGTH);
    if (declared !== undefined) {
      res.removeHeader(DECLARED_LENGTH);
      if (/^\d+$/.test(String(declared)) && !res.hasHeader("content-encoding")) {
        res.removeHeader("transfer-encoding");
        res.setHeader("content-length", String(declared));
      }
    }
    return writeHead.apply(this, args);
  };
}

const kindOf = (path) => (path.startsWith("/api/") ? "api" : path.startsWith("/_next/") ? "asset" : "page");

/** One line per request once its answer has ended (or the client left). */
function logRequest(req, res, requestId, started, seen) {
  res.once("close", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const path = (req.url ?? "/").split("?")[0];
    const kind = kindOf(path);
    const status = res.headersSent ? res.statusCode : 0;
    const m = metrics();
    m.httpRequests.inc({ method: req.method ?? "", status: String(status) });
    m.httpDuration.observe({ kind }, ms / 1000);
    const line = {
      request_id: requestId,
      user: seen.user ?? null,
      method: req.method,
      // An evidence link's token is a capability: only its first six characters are logged.
      route: path.replace(/^\/s\/([^/]{0,6})[^/]*/, "/s/$1…").slice(0, 512),
      status,
      ms: Math.round(ms * 10) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (kind === "asset" || path === "/api/health" || path === "/api/ready") log.debug(line, "request");
    else log.info(line, "request");
  });
}

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  // Our id for this request, for the log line and the app's error bodies (never the client's own).
  const requestId = randomUUID();
  req.headers["x-request-id"] = requestId;
  const seen = {};
  beforeHeaders(res, seen, isDataApi((req.url ?? "/").split("?")[0]));
  logRequest(req, res, requestId, started, seen);
  if (stopping && (req.url ?? "").split("?")[0] === "/api/ready")
    return refuse(res, 503, "SHUTTING_DOWN", "This instance is shutting down.");
  if (!METHODS.has(req.method ?? ""))
    return refuse(res, 405, "METHOD_NOT_ALLOWED", "This method is not supported.", { allow: [...METHODS].join(", ") });
  // `OPTIONS *` and absolute-form targets (`GET http://evil.example/…`, meant for proxies) are not
  // addresses of ours: Next answered the first with a bare 500 and the second with a redirect there.
  if (!(req.url ?? "").startsWith("/") || (req.url ?? "").startsWith("//"))
    return refuse(res, 400, "INVALID_REQUEST", "The request target must be a path on this server.");
  if (!wellFormed(req.url ?? "/")) return refuse(res, 400, "INVALID_REQUEST", "The address is not valid.");
  // A body over the cap is refused before a byte of it is read (the route wrapper also counts
  // chunked bodies as they arrive); the connection closes rather than drain it.
  if (isDataApi((req.url ?? "/").split("?")[0]) && Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES)
    return refuse(res, 413, "PAYLOAD_TOO_LARGE", `A request body is at most ${MAX_BODY_BYTES / 1024} KB.`, {
      connection: "close",
    });
  handle(req, res).catch((err) => {
    log.error({ request_id: requestId, error: String(err) }, "unhandled");
    if (!res.headersSent) refuse(res, 500, "INTERNAL_ERROR", "Something went wrong on our side. Try again.");
    else res.destroy();
  });
});
// Requests Node's parser refuses (an unknown method such as TRACK, a malformed request line) get
// the same error body and headers as the ones above, not a bare 400.
server.on("clientError", (err, socket) => {
  if (!socket.writable || err.code === "ECONNRESET") return socket.destroy();
  const [status, reason, code, message] =
    err.code === "HPE_INVALID_METHOD"
      ? [405, "Method Not Allowed", "METHOD_NOT_ALLOWED", "This method is not supported."]
      : [400, "Bad Request", "INVALID_REQUEST", "The request is malformed."];
  const { body, headers } = errorAnswer(code, message);
  const allow = status === 405 ? { allow: [...METHODS].join(", ") } : {};
  const head = Object.entries({ ...headers, ...allow, connection: "close" })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${body}`);
});

server.listen(port, hostname, () => {
  const heapMb = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  log.info({ port, hostname, heap_limit_mb: heapMb }, `Ready on http://${hostname}:${port}`);
  // V8 sizes its heap from the host's memory, not the container's: started without `npm start`'s
  // --max-old-space-size, a busy server can grow past a small container's limit before it collects.
  const wanted = Number(process.env.MAX_HEAP_MB || 512);
  if (heapMb > wanted * 1.25)
    log.warn(
      { heap_limit_mb: heapMb, max_heap_mb: wanted },
      "the heap limit is above MAX_HEAP_MB: start with `npm start` or node --max-old-space-size=<MAX_HEAP_MB>",
    );
});

/** The app's connections closed (at most two seconds), then exit 0. */
async function exit() {
  const close = globalThis[CLOSE_HOOK];
  if (typeof close === "function")
    await Promise.race([close().catch(() => {}), new Promise((r) => setTimeout(r, 2_000).unref())]);
  log.info("stopped");
  log.flush?.();
  process.exit(0);
}

function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  log.info({ signal, grace_ms: graceMs }, "draining");
  const force = setTimeout(() => {
    // Whatever still runs (a long download) is cut: its client sees a failed transfer.
    log.warn("grace period over; closing the remaining connections");
    server.closeAllConnections();
    void exit();
  }, graceMs);
  force.unref();
  server.close(() => {
    clearTimeout(force);
    void exit();
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
