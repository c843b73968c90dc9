// Summarises a V8 CPU profile (node --cpu-prof) of the production server: self time by where the
// code comes from, read through the build's source maps (the server bundles are minified), so a
// figure can say how much of a request goes to the session check, zod, Next, fetch, and so on.
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

/** [label, test on the original source path] in order: the first that matches names the time. */
const PARTS = [
  ["session check (next-auth, jose, lib/auth)", /node_modules\/(next-auth|@auth|jose|@panva)\/|(^|\/)lib\/auth\//],
  ["zod parsing", /node_modules\/zod\//],
  ["database (drizzle, PGlite, pg)", /node_modules\/(drizzle-orm|@electric-sql|pg[-/])|(^|\/)lib\/db\//],
  [
    "logging and metrics (pino, prom-client)",
    /node_modules\/(pino|sonic-boom|prom-client|fast-redact)|logger\.mjs|metrics\.mjs/,
  ],
  // Next's maps name its own sources src/server/…, webpack://next/…; ours are lib/, app/ and the rest.
  [
    "Next.js (routing, middleware adapter, request and response)",
    /webpack:\/\/next\/|node_modules\/next\/|next\/dist\/|^(\.\.\/)*src\/(server|shared|lib|build|client|export)\//,
  ],
  [
    "our route code (lib/, app/, proxy.ts, server.mjs)",
    /^(\.\.\/)*(lib|app)\/|(^|\/)(proxy|instrumentation)\.ts$|server\.mjs$/,
  ],
  ["React", /node_modules\/react/],
  ["fetch to Sitoo (undici)", /undici/],
  [
    "HTTP server, sockets, streams (Node)",
    /^node:(_http|http|net|stream|internal\/(http|streams|net|stream_base|js_stream))|_http_|internal\/streams/,
  ],
];

/** Native functions (no source) by name. */
const NATIVE = new Map([
  ["writeLatin1String", "HTTP server, sockets, streams (Node)"],
  ["writeUtf8String", "HTTP server, sockets, streams (Node)"],
  ["writev", "HTTP server, sockets, streams (Node)"],
  ["writeBuffer", "HTTP server, sockets, streams (Node)"],
  ["runMicrotasks", "promise scheduling (microtasks, async hooks)"],
]);

const maps = new Map();
function sourceMapFor(url) {
  if (!url.startsWith("file://")) return null;
  if (maps.has(url)) return maps.get(url);
  let map = null;
  try {
    const file = `${fileURLToPath(url)}.map`;
    if (existsSync(file)) map = new SourceMap(JSON.parse(readFileSync(file, "utf8")));
  } catch {}
  maps.set(url, map);
  return map;
}

/** Where a profile node's code came from: an original source path when a map knows it. */
function origin(frame) {
  const map = sourceMapFor(frame.url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) return entry.originalSource;
  }
  return frame.url;
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function partOf(frame) {
  const name = frame.functionName;
  if (name === "(garbage collector)") return "garbage collection";
  if (name === "(idle)") return "idle";
  if (name === "(program)") return "V8 and native code (compile, JSON, crypto)";
  if (NATIVE.has(name)) return NATIVE.get(name);
  const source = safeDecode(origin(frame)).replace(/\\/g, "/");
  for (const [label, test] of PARTS) if (test.test(source)) return label;
  if (/async_hooks/.test(source)) return "promise scheduling (microtasks, async hooks)";
  if (source.startsWith("node:") || source === "") return "Node, other";
  return "other libraries";
}

/**
 * Self time per part, in ms and as a share of the busy (non-idle) time, largest first; and the
 * top functions by self time with their original source. Only the last `lastMs` of the profile
 * count (the load, not the server's start).
 */
export function summariseProfile(file, lastMs = Number.POSITIVE_INFINITY) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  const from = profile.endTime - lastMs * 1000;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) continue;
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const parts = new Map();
  const functions = new Map();
  const partFunctions = new Map();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const part = partOf(node.callFrame);
    parts.set(part, (parts.get(part) ?? 0) + us);
    if (part !== "idle") {
      const key = `${node.callFrame.functionName || "(anonymous)"} — ${safeDecode(origin(node.callFrame)).replace(/^.*node_modules\//, "")}`;
      functions.set(key, (functions.get(key) ?? 0) + us);
      const inPart = partFunctions.get(part) ?? new Map();
      inPart.set(key, (inPart.get(key) ?? 0) + us);
      partFunctions.set(part, inPart);
    }
  }
  const busy = [...parts].filter(([p]) => p !== "idle").reduce((sum, [, us]) => sum + us, 0);
  const ranked = [...parts]
    .filter(([p]) => p !== "idle")
    .sort((a, b) => b[1] - a[1])
    .map(([part, us]) => ({
      part,
      ms: us / 1000,
      share: us / busy,
      top: [...(partFunctions.get(part) ?? [])]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name]) => name),
    }));
  const top = [...functions]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / busy }));
  return { busyMs: busy / 1000, idleMs: (parts.get("idle") ?? 0) / 1000, parts: ranked, top };
}

/** Self time (ms) of code whose original source matches `test`, within the last `lastMs`. */
export function selfTimeOf(file, test, lastMs = Number.POSITIVE_INFINITY) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const from = profile.endTime - lastMs * 1000;
  let at = profile.startTime;
  let us = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from) continue;
    const node = byId.get(profile.samples[i]);
    if (node && test.test(safeDecode(origin(node.callFrame)))) us += profile.timeDeltas[i] ?? 0;
  }
  return us / 1000;
}
