import { ApiError } from "@/lib/api/fetcher";

export function ErrorPanel({ error, title, onRetry }: { error: unknown; title: string; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : "Something went wrong.";
  const requestId = error instanceof ApiError ? error.requestId : null;
  const timedOut = error instanceof ApiError && error.code === "UPSTREAM_TIMEOUT";
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{timedOut ? `${title}: Sitoo timed out` : title}</p>
      <p className="mt-1">{message}</p>
      {requestId && (
        <p className="mt-1 text-sm text-red-800">
          Request ID: <code className="font-mono">{requestId}</code>
        </p>
      )}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-red-100"
        >
          Retry
        </button>
      )}
    </div>
  );
}
