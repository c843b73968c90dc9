export const ADMIN_DATABASE_URL: string;
export const TEST_REDIS_URL: string;
export function clusterProblem(): Promise<string | null>;
export interface ClusterInstance {
  port: number;
  base: string;
  readonly pid: number | undefined;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  ready(timeoutMs?: number): Promise<void>;
  kill(signal?: NodeJS.Signals): void;
  restart(): Promise<void>;
}
export interface Cluster {
  base: string;
  instances: ClusterInstance[];
  env: Record<string, string | undefined>;
  nginxLog(): string;
  nginxPids(): number[];
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}
export function startCluster(options: {
  simOrigin: string;
  users: ([string, string] | [string, string, string])[];
  proxyPort: number;
  instancePorts: number[];
  extra?: Record<string, string>;
  redis?: boolean;
}): Promise<Cluster>;
