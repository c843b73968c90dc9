import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./sign-in-limit";

describe("rate limiter", () => {
  it("blocks after five failures a minute per key, and says for how long", () => {
    const limiter = createRateLimiter({ max: 5, windowMs: 60_000 });
    const keys = ["user:ann", "ip:1.2.3.4"];
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter(keys, 1000 * i)).toBe(0);
      limiter.fail(keys, 1000 * i);
    }
    // The oldest failure leaves the window at 60 s; until then the limit holds.
    expect(limiter.retryAfter(keys, 5000)).toBe(55);
    expect(limiter.retryAfter(["ip:1.2.3.4"], 30_000)).toBe(30);
    expect(limiter.retryAfter(keys, 60_001)).toBe(0);
    expect(limiter.retryAfter(["user:bob"], 5000)).toBe(0);
  });
});
