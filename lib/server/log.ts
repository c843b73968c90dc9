import "server-only";
import { logger } from "@/lib/server/logger.mjs";

// Structured one-line JSON logs (pino; see logger.mjs). Callers pass ids and numbers, never headers
// or credentials; fields named like secrets and URL query strings are removed anyway.
type Level = "debug" | "info" | "warn" | "error";

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  logger()[level](fields, msg);
}
