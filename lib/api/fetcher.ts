// The browser's one fetcher: a non-OK answer becomes an ApiError carrying the server's typed
// error code (see lib/api/errors.ts) and request id. Browser-only.
import { type ClientErrorCode, type ErrorBody, type ErrorCode, isErrorCode } from "@/lib/api/errors";

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly requestId: string | null;
  /** The whole error body, e.g. `current` on a CONFLICT. */
  readonly body: unknown;

  constructor(
    status: number,
    code: ErrorCode | ClientErrorCode,
    message: string,
    requestId: string | null,
    body: unknown = null,
  ) {
    super(message);
    this.body = body;
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.requestId = requestId;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  const v = value as ErrorBody | null;
  return typeof v?.error_code === "string" && typeof v.error_data?.message === "string";
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "NETWORK_ERROR", "The dashboard could not be reached. Check your connection.", null);
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as T;
  if (res.status === 401) {
    // The session ended: go back through sign-in to this exact view.
    window.location.assign(
      `/login?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`,
    );
  }
  if (isErrorBody(body))
    throw new ApiError(
      res.status,
      isErrorCode(body.error_code) ? body.error_code : "HTTP_ERROR",
      body.error_data.message,
      body.request_id ?? null,
      body,
    );
  throw new ApiError(
    res.status,
    "HTTP_ERROR",
    `The dashboard answered with HTTP ${res.status}.`,
    res.headers.get("x-request-id"),
  );
}
