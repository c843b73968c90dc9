import "server-only";

// Structured one-line JSON logs. Callers pass ids and numbers, never headers or credentials.
type Level = "info" | "warn" | "error";

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  if (level === "info" && process.env.LOG_LEVEL === "warn") return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  (level === "error" ? console.error : level === "warn" ? console.warn : console.log)(line);
}
