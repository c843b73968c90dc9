import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney, fromMinorUnits, toMinorUnits } from "./money";

describe("money", () => {
  it("reads typed amounts in the currency's decimals", () => {
    expect(toMinorUnits("129.50", "SEK")).toBe(12950);
    expect(toMinorUnits("1 299,5", "EUR")).toBe(129950);
    expect(toMinorUnits("500", "JPY")).toBe(500);
    expect(toMinorUnits("1.005", "SEK")).toBeNull();
    expect(toMinorUnits("-3", "SEK")).toBeNull();
    expect(toMinorUnits("abc", "SEK")).toBeNull();
  });

  it("round-trips any amount through the input text", () => {
    fc.assert(
      fc.property(fc.nat(10 ** 12), fc.constantFrom("SEK", "EUR", "JPY", "KWD"), (minor, currency) => {
        expect(toMinorUnits(fromMinorUnits(minor, currency), currency)).toBe(minor);
      }),
    );
  });

  it("shows minor units as money", () =>
    expect(formatMoney(12950, "SEK", "en").replace(/\s/g, " ")).toBe("SEK 129.50"));
});
