// One error type for the whole app: a code, its HTTP status, and the body we send. Shared: the
// server throws AppError, the browser's fetcher (lib/api/fetcher.ts) reads the same codes back.

/** Every error body, ours and Sitoo's alike. */
export interface ErrorBody {
  error_code: string;
  error_data: { message: string };
  request_id: string;
}

export const ERROR_STATUS = {
  INVALID_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  FILE_NOT_FOUND: 404,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  LIMIT_REACHED: 409,
  LINK_GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  UPSTREAM_ERROR: 502,
  UPSTREAM_AUTH_FAILED: 502,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_TIMEOUT: 504,
  DATABASE_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
  MAIL_NOT_CONFIGURED: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Codes only the browser's fetcher produces: the dashboard could not be reached, or answered oddly. */
export type ClientErrorCode = "NETWORK_ERROR" | "HTTP_ERROR";

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value);
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  /** Extra top-level fields of the body, e.g. `current` on a CONFLICT. */
  readonly extra: Record<string, unknown> | undefined;
  /** The HTTP status Sitoo answered, when this error stands for one. */
  readonly upstreamStatus: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      retryAfterSeconds?: number;
      cause?: unknown;
      extra?: Record<string, unknown>;
      upstreamStatus?: number;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.extra = options.extra;
    this.upstreamStatus = options.upstreamStatus;
  }

  toBody(requestId: string): ErrorBody {
    return { ...this.extra, error_code: this.code, error_data: { message: this.message }, request_id: requestId };
  }
}

/** Anything thrown becomes an AppError; internals are never shown to the user. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError("INTERNAL_ERROR", "Something went wrong on our side. Try again.", { cause: err });
}

/** Maps an upstream HTTP status to what we tell the browser. */
export function mapUpstreamStatus(status: number, service: string, retryAfterSeconds?: number): AppError {
  const error = mapStatus(status, service, retryAfterSeconds);
  return new AppError(error.code, error.message, { retryAfterSeconds, upstreamStatus: status });
}

function mapStatus(status: number, service: string, retryAfterSeconds?: number): AppError {
  if (status === 401 || status === 403)
    return new AppError(
      "UPSTREAM_AUTH_FAILED",
      `Sitoo refused the dashboard's ${service} credentials. Ask an administrator to check them.`,
    );
  if (status === 404) return new AppError("FILE_NOT_FOUND", "Sitoo has no such file.");
  if (status === 400 || status === 409 || status === 422)
    return new AppError("INVALID_REQUEST", `Sitoo rejected the request (HTTP ${status}).`);
  if (status === 429)
    return new AppError("RATE_LIMITED", "Sitoo is rate-limiting the dashboard. Try again shortly.", {
      retryAfterSeconds,
    });
  if (status === 503)
    return new AppError("UPSTREAM_UNAVAILABLE", `Sitoo ${service} is unavailable (HTTP 503). Try again shortly.`);
  if (status === 504) return new AppError("UPSTREAM_TIMEOUT", `Sitoo ${service} timed out (HTTP 504).`);
  return new AppError("UPSTREAM_ERROR", `Sitoo ${service} answered with an error (HTTP ${status}).`);
}
