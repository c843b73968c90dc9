// The limits every API request meets before its handler runs (docs/limits.md): forged writes and
// foreign downloads refused, bodies capped and JSON only, no broken text in the query. Server-only
// (used by lib/api/route.ts).
import "server-only";
import { AppError } from "@/lib/api/errors";
import { isBrokenText } from "@/lib/api/text";
import { readCapped } from "@/lib/server/read-capped";

/** Every JSON body we accept is at most this large. */
export const MAX_BODY_BYTES = 64 * 1024;

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface GuardInput {
  method: string;
  url: URL;
  headers: Headers;
  /** The origin the browser uses for this app (AUTH_URL, else the proxies' or the Host header's). */
  publicOrigin: string;
  /** A download: a foreign page must not make a user's browser fetch it. */
  download: boolean;
}

const isWrite = (method: string) => WRITES.has(method.toUpperCase());

/** The Host header's origin for both schemes: what the browser addressed, before any proxy. */
function ownOrigins(headers: Headers, publicOrigin: string): Set<string> {
  const own = new Set([publicOrigin]);
  const host = headers.get("host")?.toLowerCase();
  if (host) for (const scheme of ["http", "https"]) own.add(`${scheme}://${host}`);
  return own;
}

/** True when the request says it comes from a page on another origin. */
function foreign(headers: Headers, publicOrigin: string, refuseSameSite: boolean): boolean {
  const site = headers.get("sec-fetch-site");
  if (site === "cross-site" || (refuseSameSite && site === "same-site")) return true;
  const origin = headers.get("origin");
  // No Origin header: not a browser's cross-origin write (scripts and API clients send none).
  if (origin === null) return false;
  return !ownOrigins(headers, publicOrigin).has(origin.toLowerCase());
}

function hasBody(headers: Headers): boolean {
  const length = headers.get("content-length");
  if (length !== null) return length.trim() !== "0";
  return headers.has("transfer-encoding");
}

export function guardRequest(input: GuardInput): void {
  const { method, url, headers, publicOrigin } = input;
  if (isWrite(method)) {
    if (foreign(headers, publicOrigin, true))
      throw new AppError("FORBIDDEN", "This change was asked for from another site and was refused.");
    if (hasBody(headers)) {
      const type = (headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/json")
        throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
      const length = Number(headers.get("content-length") ?? 0);
      if (length > MAX_BODY_BYTES)
        throw new AppError("PAYLOAD_TOO_LARGE", `A request body is at most ${MAX_BODY_BYTES / 1024} KB.`);
    }
  } else if (input.download && headers.get("sec-fetch-site") === "cross-site") {
    throw new AppError("FORBIDDEN", "Downloads start from the dashboard itself, not from another site.");
  }
  for (const [name, value] of url.searchParams)
    if (isBrokenText(name) || isBrokenText(value))
      throw new AppError(
        "INVALID_REQUEST",
        `Invalid ${isBrokenText(name) ? "query parameter name" : name.slice(0, 40)}: it holds a NUL or an unpaired surrogate.`,
      );
}

/**
 * The body as JSON, reading no further than MAX_BODY_BYTES (a chunked body has no length to
 * check up front). Malformed JSON and broken text are 400s.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  if (!req.body) return null;
  const bytes = await readCapped(req.body, MAX_BODY_BYTES);
  if (bytes === null) throw new AppError("PAYLOAD_TOO_LARGE", `A request body is at most ${MAX_BODY_BYTES / 1024} KB.`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_REQUEST", "The request body is not valid JSON.");
  }
}
