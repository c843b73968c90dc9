// Types for the TypeScript tests that start the simulator.
import type { SimClient } from "./client.mjs";

export const API_ID: string;
export const PASSWORD: string;
export const AUTH: string;

export interface SimHandle extends SimClient {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export function startSim(options?: Record<string, unknown>): Promise<SimHandle>;
export function searchPath(entityId: string, extra?: string): string;
