// Types for TypeScript callers of the simulator's control client.
export const SHIPMENTS: {
  readonly main: string;
  readonly neighbour: string;
  readonly mixed: string;
  readonly bulk: string;
  readonly huge: string;
  readonly large: string;
};

export const OTHER_KIND_FILE: { readonly fileId: string; readonly entityType: string; readonly entityId: string };

export interface Fault {
  service?: "all" | "media" | "rest" | "shipments" | "cdn" | "resources";
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

export interface SimClient {
  origin: string;
  reset(): Promise<unknown>;
  fault(fault: Fault): Promise<unknown>;
  clearFaults(): Promise<unknown>;
  configure(config: { url_lifetime_seconds?: number; processing_ready_seconds?: number }): Promise<unknown>;
  requests(since?: number): Promise<LoggedRequest[]>;
  clearRequests(): Promise<unknown>;
  startUpload(entityId: string, credentials?: string): Promise<{ file_id: string }>;
  addShipments(options?: {
    count?: number;
    photos?: number;
    with_photos?: number;
    reference?: string;
    destination_warehouse_id?: number;
    skus?: string[];
  }): Promise<{ id: string; reference_number: string; entity_ids: string[] }[]>;
  setShipmentState(id: string, state: string): Promise<unknown>;
}

export function createSimClient(origin: string): SimClient;
export function sitooEnv(origin: string, options?: { catalog?: boolean }): Record<string, string>;
