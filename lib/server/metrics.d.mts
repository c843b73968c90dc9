import type { Counter, Gauge, Histogram, Registry } from "prom-client";
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"method" | "status">;
  httpDuration: Histogram<"kind">;
  upstreamDuration: Histogram<"service" | "status">;
  errors: Counter<"code">;
  cache: Counter<"cache" | "result">;
  syncLag: Gauge;
  packBytes: Counter;
  signInRefused: Counter<"reason">;
}
export function metrics(): Metrics;
