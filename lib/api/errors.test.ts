import { describe, expect, it } from "vitest";
import { AppError, mapUpstreamStatus, toAppError } from "@/lib/api/errors";

describe("mapUpstreamStatus", () => {
  it.each([
    [400, "INVALID_REQUEST", 400],
    [401, "UPSTREAM_AUTH_FAILED", 502],
    [403, "UPSTREAM_AUTH_FAILED", 502],
    [404, "FILE_NOT_FOUND", 404],
    [409, "INVALID_REQUEST", 400],
    [429, "RATE_LIMITED", 429],
    [500, "UPSTREAM_ERROR", 502],
    [502, "UPSTREAM_ERROR", 502],
    [503, "UPSTREAM_UNAVAILABLE", 503],
    [504, "UPSTREAM_TIMEOUT", 504],
  ])("maps upstream %i to %s (HTTP %i)", (upstream, code, status) => {
    const err = mapUpstreamStatus(upstream, "Media Object Storage");
    expect(err.code).toBe(code);
    expect(err.status).toBe(status);
    expect(err.message.length).toBeGreaterThan(10);
  });

  it("says the dashboard's credentials were refused, without any credential", () => {
    expect(mapUpstreamStatus(401, "Media Object Storage").message).toMatch(/refused the dashboard's .*credentials/);
  });

  it("carries Retry-After for 429", () => {
    expect(mapUpstreamStatus(429, "x", 7).retryAfterSeconds).toBe(7);
  });
});

describe("AppError", () => {
  it("writes Sitoo's error shape with our request id", () => {
    expect(new AppError("INVALID_REQUEST", "Bad").toBody("rid")).toEqual({
      error_code: "INVALID_REQUEST",
      error_data: { message: "Bad" },
      request_id: "rid",
    });
  });

  it("hides unexpected errors behind a generic 500", () => {
    const err = toAppError(new Error("db password is hunter2"));
    expect(err.status).toBe(500);
    expect(err.message).not.toContain("hunter2");
  });
});
