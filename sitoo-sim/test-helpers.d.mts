// Types for the TypeScript tests that start the simulator.
export const API_ID: string;
export const PASSWORD: string;
export const AUTH: string;

export interface SimHandle {
  origin: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  fault(fault: Record<string, unknown>): Promise<unknown>;
  clearFaults(): Promise<unknown>;
  configure(config: Record<string, unknown>): Promise<unknown>;
  requests(): Promise<
    {
      seq: number;
      method: string;
      service: string | null;
      path: string;
      query: Record<string, string>;
      status: number;
    }[]
  >;
  clearRequests(): Promise<unknown>;
  reset(): Promise<unknown>;
  close(): Promise<void>;
}

export function startSim(options?: Record<string, unknown>): Promise<SimHandle>;
export function searchPath(entityId: string, extra?: string): string;
