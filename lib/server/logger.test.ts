import { describe, expect, it } from "vitest";
import { logLevel, withoutQueries } from "./logger.mjs";

describe("log lines", () => {
  it("drop a URL's query and fragment (where a signed URL keeps its signature), wherever it appears", () => {
    expect(
      withoutQueries("fetch https://d111.cloudfront.net/a/b.jpg?Expires=1&Signature=abc&Key-Pair-Id=K failed"),
    ).toBe("fetch https://d111.cloudfront.net/a/b.jpg failed");
    expect(withoutQueries("http://127.0.0.1:4310/cdn/x#frag and https://x.test/?q=1")).toBe(
      "http://127.0.0.1:4310/cdn/x and https://x.test/",
    );
    expect(withoutQueries("no URL here?really")).toBe("no URL here?really");
  });

  it("take LOG_LEVEL when it names a level, else info", () => {
    expect(logLevel({ LOG_LEVEL: "warn" })).toBe("warn");
    expect(logLevel({ LOG_LEVEL: " DEBUG " })).toBe("debug");
    expect(logLevel({ LOG_LEVEL: "loud" })).toBe("info");
    expect(logLevel({})).toBe("info");
  });
});
