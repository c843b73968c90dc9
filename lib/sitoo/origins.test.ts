import { describe, expect, it } from "vitest";
import { isAllowedUrl, originMatches } from "./origins";

describe("origins", () => {
  it("matches a wildcard subdomain over the same scheme only", () => {
    expect(originMatches("https://d1.cloudfront.net/a.jpg?x=1", "https://*.cloudfront.net")).toBe(true);
    expect(originMatches("http://d1.cloudfront.net/a.jpg", "https://*.cloudfront.net")).toBe(false);
    expect(originMatches("https://cloudfront.net/a.jpg", "https://*.cloudfront.net")).toBe(false);
    expect(originMatches("https://evilcloudfront.net/a.jpg", "https://*.cloudfront.net")).toBe(false);
    expect(originMatches("https://d1.cloudfront.net.evil.example/", "https://*.cloudfront.net")).toBe(false);
  });

  it("matches exact origins including the port", () => {
    expect(isAllowedUrl("http://127.0.0.1:4010/cdn/x", ["http://127.0.0.1:4010"])).toBe(true);
    expect(isAllowedUrl("http://127.0.0.1:4011/cdn/x", ["http://127.0.0.1:4010"])).toBe(false);
    expect(isAllowedUrl("not a url", ["http://127.0.0.1:4010"])).toBe(false);
  });
});
