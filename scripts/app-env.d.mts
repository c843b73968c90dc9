export const SIM_CREDENTIALS: { apiId: string; password: string };
export function appEnv(options: {
  simOrigin: string;
  users: ([string, string] | [string, string, string])[];
  catalog?: boolean;
  extra?: Record<string, string>;
}): Record<string, string | undefined>;
