#!/usr/bin/env node
// The production server: Next's request handler behind a thin HTTP layer of our own.
//   node server.mjs [-p <port>] [-H <host>]     (PORT and HOSTNAME work too)
//
// What it adds to `next start` (which still works):
// - methods Next cannot represent (TRACE, CONNECT, TRACK, anything unknown) get 405 and paths that
//   are not valid percent-encoding get 400, with our error body and the security headers, instead
//   of a 500 from deep inside Next;
// - a route that knows its streamed body's exact length says so in `x-declared-length` (Next 16
//   drops Content-Length from route handler responses); it is sent as Content-Length, so a
//   browser shows a download's true progress (the evidence pack);
// - SIGTERM and SIGINT drain: no new connections, idle ones closed, requests in flight finish
//   (up to SHUTDOWN_GRACE_SECONDS, default 10), then the process exits.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { baseHeaders, NOTHING_POLICY } from "./lib/server/base-headers.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
const graceMs = 1000 * Number(process.env.SHUTDOWN_GRACE_SECONDS || 10);

const DECLARED_LENGTH = "x-declared-length";
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

/** Turns a route's `x-declared-length` into Content-Length just before the headers go out. */
function declareLength(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
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

const server = createServer((req, res) => {
  declareLength(res);
  if (!METHODS.has(req.method ?? ""))
    return refuse(res, 405, "METHOD_NOT_ALLOWED", "This method is not supported.", { allow: [...METHODS].join(", ") });
  if (!wellFormed(req.url ?? "/")) return refuse(res, 400, "INVALID_REQUEST", "The address is not valid.");
  handle(req, res).catch((err) => {
    console.error(
      JSON.stringify({ time: new Date().toISOString(), level: "error", msg: "unhandled", error: String(err) }),
    );
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

server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));

let stopping = false;
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "draining", signal }));
  const force = setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, graceMs);
  force.unref();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
