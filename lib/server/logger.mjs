// The process's logger (pino): one JSON object per line on standard output, shared by server.mjs
// and every Next bundle (it lives on globalThis, and pino is loaded from node_modules, not bundled).
// LOG_LEVEL sets the level (trace, debug, info, warn, error, fatal, silent; default info).
//
// Nothing secret reaches a line: fields named like credentials are removed, and any URL in a field
// loses its query string and fragment, which is where a signed URL keeps its signature.
import pino from "pino";

const KEY = Symbol.for("shipment-photo-review.logger");
const LEVELS = new Set(["trace", "debug", "info", "warn", "error", "fatal", "silent"]);
const SECRET_FIELD = /^(authorization|cookie|set-cookie|password|secret|token|signature)$/i;
const URL_WITH_QUERY = /\b(https?:\/\/[^\s?#"']+)[?#][^\s"']*/gi;

/** A URL's query string and fragment removed wherever one appears in `text`. */
export function withoutQueries(text) {
  return text.replace(URL_WITH_QUERY, "$1");
}

function clean(value, depth = 0) {
  if (typeof value === "string") return withoutQueries(value);
  if (depth > 3 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(value)) out[k] = SECRET_FIELD.test(k) ? "[redacted]" : clean(v, depth + 1);
  return out;
}

export function logLevel(env = process.env) {
  const level = (env.LOG_LEVEL ?? "").trim().toLowerCase();
  return LEVELS.has(level) ? level : "info";
}

/** The process's pino logger. */
export function logger() {
  const store = globalThis;
  store[KEY] ??= pino({
    level: logLevel(),
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (fields) => clean(fields),
    },
    hooks: {
      logMethod(args, method) {
        if (typeof args[0] === "string") args[0] = withoutQueries(args[0]);
        else if (typeof args[1] === "string") args[1] = withoutQueries(args[1]);
        return method.apply(this, args);
      },
    },
  });
  return store[KEY];
}
