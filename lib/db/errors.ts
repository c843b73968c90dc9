// Which database failures mean "the store is not answering" (503, retry later) rather than a bug.
// Server-only.
import "server-only";
import { AppError } from "@/lib/api/errors";

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "57P01", "57P02", "57P03"]);

/** An AppError for a store that cannot be reached, or null when `err` is something else. */
export function databaseError(err: unknown): AppError | null {
  if (err instanceof AppError) return null;
  const e = err as { code?: string; message?: string; cause?: unknown } | null;
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  const message = String(e?.message ?? "");
  const down =
    (code && (CONNECTION_CODES.has(code) || code.startsWith("08"))) ||
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|DATA_DIR .* is in use/i.test(
      message,
    );
  return down
    ? new AppError("DATABASE_UNAVAILABLE", "The decisions store is not answering. Try again shortly.", { cause: err })
    : null;
}
