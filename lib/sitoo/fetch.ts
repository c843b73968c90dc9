import "server-only";
import type { z } from "zod";
import { AppError, mapUpstreamStatus } from "@/lib/api/errors";
import { log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics.mjs";
import { type SitooConfig, sitooConfig } from "./config";

// The one function that talks to Sitoo: Basic auth, a timeout per try, bounded retries with
// backoff and jitter, zod-parsed answers, and upstream failures mapped to our error codes.

export type SitooService = "media" | "catalog" | "shipments";

export interface SitooCall<T> {
  service: SitooService;
  url: URL;
  schema: z.ZodType<T>;
  /** Our request id, logged beside Sitoo's. */
  requestId: string;
  /** Absolute time (ms) after which no further try starts; defaults to the configured deadline. */
  deadline?: number;
  config?: SitooConfig;
  /** Statuses worth trying again with the same request (default: 429, 502, 503, 504). */
  retryStatuses?: ReadonlySet<number>;
  /** Aborts the call (and any wait between tries). */
  signal?: AbortSignal;
}

const MAX_TRIES = 3;
const RETRY_STATUSES = new Set([429, 502, 503, 504]);
const BACKOFF_BASE_MS = 200;
const BACKOFF_CAP_MS = 2_000;
const SERVICE_NAMES: Record<SitooService, string> = {
  media: "Media Object Storage",
  catalog: "REST API",
  shipments: "Shipments",
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function backoff(attempt: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** The Basic authorization header for Sitoo's APIs. */
export function authorization(config: SitooConfig): string {
  return `Basic ${Buffer.from(`${config.apiId}:${config.password}`).toString("base64")}`;
}

function upstreamRequestId(res: Response, body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { request_id?: unknown };
    if (typeof parsed.request_id === "string") return parsed.request_id;
  } catch {}
  return res.headers.get("x-request-id") ?? undefined;
}

export async function sitooFetch<T>(call: SitooCall<T>): Promise<T> {
  const config = call.config ?? sitooConfig();
  const deadline = call.deadline ?? Date.now() + config.deadlineMs;
  const name = SERVICE_NAMES[call.service];
  const logBase = { request_id: call.requestId, service: call.service, path: call.url.pathname };
  let lastError: AppError | undefined;

  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    const started = Date.now();
    let res: Response;
    let body: string;
    try {
      res = await fetch(call.url, {
        headers: { authorization: authorization(config), accept: "application/json" },
        signal: call.signal
          ? AbortSignal.any([call.signal, AbortSignal.timeout(Math.min(config.timeoutMs, remaining))])
          : AbortSignal.timeout(Math.min(config.timeoutMs, remaining)),
        cache: "no-store",
      });
      body = await res.text();
    } catch (err) {
      if (call.signal?.aborted) throw err;
      const timedOut = err instanceof DOMException && (err.name === "TimeoutError" || err.name === "AbortError");
      metrics().upstreamDuration.observe({ service: call.service, status: "0" }, (Date.now() - started) / 1000);
      lastError = timedOut
        ? new AppError("UPSTREAM_TIMEOUT", `Sitoo ${name} did not answer in time.`)
        : new AppError("UPSTREAM_ERROR", `Could not reach Sitoo ${name}.`);
      log("warn", "sitoo call failed", {
        ...logBase,
        attempt,
        ms: Date.now() - started,
        error: timedOut ? "timeout" : "network",
      });
      const wait = backoff(attempt);
      if (attempt + 1 < MAX_TRIES && Date.now() + wait < deadline) await sleep(wait);
      continue;
    }

    const upstreamId = upstreamRequestId(res, body);
    metrics().upstreamDuration.observe(
      { service: call.service, status: String(res.status) },
      (Date.now() - started) / 1000,
    );
    log(res.ok ? "info" : "warn", "sitoo call", {
      ...logBase,
      upstream_request_id: upstreamId,
      status: res.status,
      attempt,
      ms: Date.now() - started,
    });

    if (!res.ok) {
      const retryAfter = parseRetryAfter(res.headers.get("retry-after"));
      lastError = mapUpstreamStatus(res.status, name, retryAfter);
      if (!(call.retryStatuses ?? RETRY_STATUSES).has(res.status) || attempt + 1 >= MAX_TRIES) throw lastError;
      const wait = retryAfter !== undefined ? retryAfter * 1000 : backoff(attempt);
      // Waiting past the caller's deadline would only turn a quick answer into a slow one.
      if (Date.now() + wait >= deadline) throw lastError;
      await sleep(wait);
      continue;
    }
    return parseAnswer(body, call.schema, name);
  }
  throw lastError ?? new AppError("UPSTREAM_TIMEOUT", `Sitoo ${name} did not answer in time.`);
}

function parseAnswer<T>(body: string, schema: z.ZodType<T>, name: string): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new AppError("UPSTREAM_ERROR", `Sitoo ${name} sent an answer that is not valid JSON.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join(".") : "the answer";
    throw new AppError("UPSTREAM_ERROR", `Sitoo ${name} sent an unexpected answer: ${where}: ${issue.message}.`);
  }
  return parsed.data;
}
