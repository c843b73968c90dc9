import settings from "./settings.json" with { type: "json" };

// Drives the simulator's /__sim/ control endpoints from tests.

export const SIM_ORIGIN = `http://127.0.0.1:${settings.simPort}`;

export interface Fault {
  service?: "all" | "media" | "rest" | "cdn" | "resources";
  path_prefix?: string;
  kind: "latency" | "status" | "malformed" | "missing_field" | "empty" | "reset" | "hang";
  status?: number;
  retry_after?: number;
  latency_ms?: number;
  count?: number;
  rate?: number;
}

export interface LoggedRequest {
  seq: number;
  method: string;
  service: string | null;
  path: string;
  query: Record<string, string>;
  host: string;
  status: number;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${SIM_ORIGIN}${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`sim ${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const sim = {
  reset: () => call("POST", "/__sim/reset"),
  fault: (fault: Fault) => call("POST", "/__sim/faults", fault),
  clearFaults: () => call("DELETE", "/__sim/faults"),
  configure: (config: { url_lifetime_seconds?: number; processing_ready_seconds?: number }) =>
    call("POST", "/__sim/config", config),
  requests: async (since = 0) =>
    (await call<{ requests: LoggedRequest[] }>("GET", `/__sim/requests?since=${since}`)).requests,
  clearRequests: () => call("DELETE", "/__sim/requests"),
};

export const SHIPMENTS = {
  main: "1RT823V93",
  neighbour: "1RT823V9",
  mixed: "2MB410K77",
  bulk: "7QX5512K0",
} as const;
