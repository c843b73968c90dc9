import type { ChildProcess } from "node:child_process";
export const NEXT_BIN: string;
export function startNext(options: {
  port: number | string;
  env: Record<string, string | undefined>;
  stdio?: unknown;
  nodeArgs?: string[];
}): {
  child: ChildProcess;
  base: string;
  ready(timeoutMs?: number): Promise<void>;
  stop(): boolean;
};
export const SERVER: string;
