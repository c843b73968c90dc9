import "server-only";
import { authProblem } from "@/lib/auth/settings";
import { parseSitooConfig } from "@/lib/sitoo/config";

/** The first reason this environment cannot serve the dashboard, or null. */
export function startupProblem(env: Record<string, string | undefined>): string | null {
  const auth = authProblem(env);
  if (auth) return auth;
  try {
    parseSitooConfig(env);
  } catch (err) {
    return (err as Error).message;
  }
  return null;
}

export function enforceStartupConfig(): void {
  const problem = startupProblem(process.env);
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
}
