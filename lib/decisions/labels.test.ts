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
