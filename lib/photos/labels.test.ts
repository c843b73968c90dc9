import { describe, expect, it } from "vitest";
import { englishForTests as en, swedishForTests as sv } from "@/lib/i18n/test-translator";
import { photo } from "@/tests/photos";
import { photoAlt, reasonLabel, statusLabel } from "./labels";

describe("labels", () => {
  it("names known reason codes and photo statuses in the page's language", () => {
    expect(reasonLabel(en, "WRONG_ITEM")).toBe("Wrong item");
    expect(statusLabel(en, "uploaded")).toBe("Queued for processing");
    expect(["DAMAGED", "WRONG_ITEM", "SHORTAGE", "OVERAGE"].map((c) => reasonLabel(sv, c))).toEqual([
      "Skadad",
      "Fel artikel",
      "Saknas",
      "Överskott",
    ]);
    expect(photoAlt(sv, photo("S1|SKU-1|DAMAGED|d1"))).toBe("SKU-1, Skadad, avvikelse d1");
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "WET"])(
    "shows an unknown code %j as the text it is, in either language",
    (code) => {
      for (const t of [en, sv]) {
        expect(reasonLabel(t, code)).toBe(code);
        expect(statusLabel(t, code)).toBe(code);
      }
      expect(photoAlt(en, photo(`PROTO1|SKU-1|${code}|d1`))).toBe(`SKU-1, ${code}, discrepancy d1`);
    },
  );
});
