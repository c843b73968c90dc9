import { describe, expect, it } from "vitest";
import { mainCurrency, recoveryRate } from "./model";
import { scorecardQuerySchema } from "./query";

describe("scorecard query", () => {
  it("defaults to the last 90 days by supplier, and refuses what is not a range", () => {
    const d = scorecardQuerySchema.parse({ by: null, from: null, to: null });
    expect(d.by).toBe("supplier");
    expect((Date.parse(d.to) - Date.parse(d.from)) / 86_400_000).toBe(89);
    for (const bad of [
      { by: "colour", from: null, to: null },
      { by: null, from: "2026-13-01", to: null },
      { by: null, from: "2026-02-30", to: null },
      { by: null, from: "yesterday", to: null },
      { by: null, from: "2026-12-02", to: "2026-12-01" },
      { by: null, from: "2020-01-01", to: "2026-01-01" },
    ])
      expect(scorecardQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    expect(scorecardQuerySchema.safeParse({ by: "month", from: "2024-01-01", to: "2026-12-31" }).success).toBe(true);
  });

  it("rates recovery in the currency with most claimed", () => {
    expect(mainCurrency({ EUR: 100, SEK: 5000 })).toBe("SEK");
    expect(mainCurrency({})).toBeNull();
    expect(recoveryRate({ SEK: 1000, EUR: 10 }, { SEK: 250, EUR: 10 })).toBe(0.25);
    expect(recoveryRate({}, { SEK: 5 })).toBeNull();
  });
});
