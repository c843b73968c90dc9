import { describe, expect, it } from "vitest";
import { photo } from "@/tests/photos";
import { photoAlt, reasonLabel, statusLabel } from "./labels";

describe("labels", () => {
  it("names known reason codes and photo statuses", () => {
    expect(reasonLabel("WRONG_ITEM")).toBe("Wrong item");
    expect(statusLabel("uploaded")).toBe("Queued for processing");
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "WET"])(
    "shows an unknown code %j as the text it is",
    (code) => {
      expect(reasonLabel(code)).toBe(code);
      expect(statusLabel(code)).toBe(code);
      expect(photoAlt(photo(`PROTO1|SKU-1|${code}|d1`))).toBe(`SKU-1, ${code}, discrepancy d1`);
    },
  );
});
