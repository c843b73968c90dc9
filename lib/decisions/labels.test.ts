import { describe, expect, it } from "vitest";
import { englishForTests, swedishForTests } from "@/lib/i18n/test-translator";
import { describeEvent } from "./labels";

const event = (kind: string, data: Record<string, unknown>) => ({
  id: 1,
  at: "",
  actor: "x",
  entity_id: null,
  kind,
  data,
});

describe("describeEvent: evidence links in the activity", () => {
  it("says who the link is for, what they opened, and a revocation, in both languages", () => {
    const made = event("link_created", { party: "supplier", recipient: "claims@supplier.example" });
    expect(describeEvent(englishForTests, made)).toBe("Evidence link made for Supplier (claims@supplier.example)");
    const opened = event("link_opened", { recipient: "Anna", what: "pack" });
    expect(describeEvent(englishForTests, opened)).toBe("Anna opened the evidence pack");
    expect(describeEvent(swedishForTests, opened)).toBe("Anna öppnade underlagspaketet");
    // An open of something unknown is written as it is, never a message key.
    expect(describeEvent(englishForTests, event("link_opened", { recipient: "Anna", what: "x.y" }))).toBe(
      "Anna opened x.y",
    );
    expect(describeEvent(englishForTests, event("link_revoked", { recipient: "Anna" }))).toBe(
      "Evidence link for Anna revoked",
    );
  });
});

describe("recoverySummary", () => {
  const claim = { party: "supplier" as const, reference: null, amount: 12_950_00, currency: "SEK" };
  it("says partial, in full, or just what came, in both languages", async () => {
    const { recoverySummary } = await import("./labels");
    const r = (amount: number, currency = "SEK") => ({ amount, currency, reference: null, at: "2026-12-01" });
    expect(recoverySummary(englishForTests, claim, r(5_000_00), "en-GB")).toMatch(
      /^Recovered SEK\s5,000\.00 of SEK\s12,950\.00 \(partial\)$/,
    );
    expect(recoverySummary(englishForTests, claim, r(12_950_00), "en-GB")).toMatch(/\(in full\)$/);
    expect(recoverySummary(englishForTests, claim, r(100, "EUR"), "en-GB")).toMatch(/^Recovered €1\.00$/);
    expect(recoverySummary(englishForTests, null, r(0), "en-GB")).toMatch(/^Recovered SEK\s0\.00$/);
    expect(recoverySummary(swedishForTests, claim, r(5_000_00), "sv")).toMatch(
      /^Återvunnet 5\s000,00\skr av 12\s950,00\skr \(delvis\)$/,
    );
  });
});
