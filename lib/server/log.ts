import "server-only";
import { logger } from "@/lib/server/logger.mjs";

// Structured one-line JSON logs (pino; see logger.mjs). Callers pass ids and numbers, never headers
// or credentials; fields named like secrets and URL query strings are removed anyway, and so are
// the parameters of a failed SQL query (a note's text, a claim reference): a log is not a copy of
// what users wrote.
type Level = "debug" | "info" | "warn" | "error";

/** Drizzle's failed-query message ends with `params: <values>`: the values are cut. */
const SQL_PARAMS = /(\n|^)params: [\s\S]*$/;

export function withoutSqlParams(text: string): string {
  return text.replace(SQL_PARAMS, "$1params: [not logged]");
}

/** An error as one log field: its message (without SQL parameters) and its cause's. */
export function describeError(err: unknown): string {
  const own = withoutSqlParams(String(err));
  const cause = (err as { cause?: unknown } | null)?.cause;
  return cause instanceof Error ? `${own} (cause: ${withoutSqlParams(cause.message)})` : own;
}

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  const clean: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields))
    clean[name] = typeof value === "string" ? withoutSqlParams(value) : value;
  logger()[level](clean, msg);
}
