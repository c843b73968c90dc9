// Small HTTP helpers shared by the simulator's handlers.
import { randomUUID } from "node:crypto";

export const ERROR_CODES = {
  400: "INVALID_REQUEST",
  401: "ACCESS_DENIED",
  403: "ACCESS_DENIED",
  404: "FILE_NOT_FOUND",
};

export class SimError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Media Object Storage's documented error object, with a fresh request id. */
export function mediaError(res, status, message, headers = {}) {
  const requestId = randomUUID();
  sendJson(
    res,
    status,
    {
      error_code: ERROR_CODES[status] ?? (status >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST"),
      error_data: { message },
      request_id: requestId,
    },
    { "x-request-id": requestId, ...headers },
  );
}

/** REST v2 answers errors with its own small object (assumed from Sitoo's public API pages). */
export function restError(res, status, message, headers = {}) {
  sendJson(res, status, { statuscode: status, errortext: message }, headers);
}

export async function readBody(req, limit = 50 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new SimError(400, "Request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req) {
  const raw = await readBody(req, 1024 * 1024);
  try {
    return raw.length ? JSON.parse(raw.toString("utf8")) : {};
  } catch {
    throw new SimError(400, "Request body is not valid JSON");
  }
}

export const methodNotAllowed = () => {
  throw new SimError(405, "Method not allowed");
};

/** Checks `Authorization: Basic …` against the configured API ID and password. */
export function basicAuthOk(req, apiId, password) {
  const header = req.headers.authorization ?? "";
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
  if (!match) return false;
  return Buffer.from(match[1], "base64").toString("utf8") === `${apiId}:${password}`;
}
