import { describe, expect, it } from "vitest";
import { englishForTests } from "@/lib/i18n/test-translator";
import { applicableDeadline, carrierDeadline, claimDeadlines, deadlineText, supplierDeadline } from "./claim-deadline";

const at = (iso: string) => new Date(iso);
const day = (d: Date) => d.toISOString().slice(0, 10);

describe("carrier deadline (7 days, Sundays not counted)", () => {
  it("skips the one Sunday in a week: Monday arrival → the next Tuesday", () => {
    expect(day(carrierDeadline(at("2026-11-16T10:00:00Z"), 7))).toBe("2026-11-24");
  });
  it("counts from the day after arrival, so a Saturday arrival skips its Sunday", () => {
    // Sat 21 → Mon 23 (1) … Sat 28 (6), Sun 29 skipped, Mon 30 (7).
    expect(day(carrierDeadline(at("2026-11-21T08:00:00Z"), 7))).toBe("2026-11-30");
  });
  it("a Sunday arrival starts counting on Monday", () => {
    expect(day(carrierDeadline(at("2026-11-22T12:00:00Z"), 7))).toBe("2026-11-30");
  });
  it("never lands on a Sunday", () => {
    for (let d = 1; d <= 30; d++) {
      const arrival = at(`2026-11-${String(d).padStart(2, "0")}T12:00:00Z`);
      for (const n of [1, 6, 7, 13]) expect(carrierDeadline(arrival, n).getUTCDay()).not.toBe(0);
    }
  });
  it("crosses a month end: Thursday 26 Nov → Friday 4 Dec", () => {
    expect(day(carrierDeadline(at("2026-11-26T09:00:00Z"), 7))).toBe("2026-12-04");
  });
  it("crosses a year end and a leap day", () => {
    expect(day(carrierDeadline(at("2026-12-28T09:00:00Z"), 7))).toBe("2027-01-05");
    expect(day(carrierDeadline(at("2028-02-25T09:00:00Z"), 7))).toBe("2028-03-04");
  });
  it("ends at the last millisecond of the day", () => {
    expect(carrierDeadline(at("2026-11-16T23:59:00Z"), 7).toISOString()).toBe("2026-11-24T23:59:59.999Z");
  });
});

describe("supplier deadline (14 calendar days)", () => {
  it("counts Sundays and crosses the month end", () => {
    expect(day(supplierDeadline(at("2026-11-26T09:00:00Z"), 14))).toBe("2026-12-10");
    expect(day(supplierDeadline(at("2027-02-20T09:00:00Z"), 14))).toBe("2027-03-06");
  });
  it("claimDeadlines uses the windows given", () => {
    const d = claimDeadlines(at("2026-11-16T10:00:00Z"), { carrierDays: 1, supplierDays: 1 });
    expect(day(d.carrier)).toBe("2026-11-17");
    expect(day(d.supplier)).toBe("2026-11-17");
  });
});

describe("which deadline applies", () => {
  const d = { carrier: "2026-11-24T23:59:59.999Z", supplier: "2026-11-30T23:59:59.999Z" };
  it("undecided: the earlier one; a party's own once chosen; none once filed or settled", () => {
    expect(applicableDeadline(d, "open", null)).toBe(d.carrier);
    expect(applicableDeadline(d, "in_progress", "supplier")).toBe(d.supplier);
    expect(applicableDeadline(d, "in_progress", "carrier")).toBe(d.carrier);
    expect(applicableDeadline(d, "in_progress", "insurer")).toBeNull();
    expect(applicableDeadline(d, "claimed", "carrier")).toBeNull();
    expect(applicableDeadline(d, "written_off", null)).toBeNull();
    expect(applicableDeadline(null, "open", null)).toBeNull();
  });
});

describe("deadline text", () => {
  const deadline = at("2026-11-24T23:59:59.999Z");
  it.each([
    ["2026-11-21T10:00:00Z", "due in 3 days", "later"],
    ["2026-11-23T10:00:00Z", "due in 1 day", "soon"],
    ["2026-11-24T23:00:00Z", "due today", "soon"],
    ["2026-11-25T00:00:00Z", "overdue by 1 day", "overdue"],
    ["2026-12-01T08:00:00Z", "overdue by 7 days", "overdue"],
  ])("at %s reads %s", (now, text, tone) => {
    expect(deadlineText(englishForTests, deadline, at(now))).toEqual({ text, tone });
  });
});
