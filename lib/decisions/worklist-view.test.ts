import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DECISION_STATUSES } from "./model";
import { DEFAULT_WORKLIST_VIEW, parseWorklistView, reviewLink, worklistSearch } from "./worklist-view";

describe("worklist view", () => {
  it("round-trips through the query string and leaves defaults out", () => {
    const view = {
      status: "claimed",
      assignee: "me",
      reason: "WET",
      shipment: "1RT823V93",
      sort: "deadline",
      group: null,
    };
    expect(parseWorklistView(new URLSearchParams(worklistSearch(view)))).toEqual(view);
    // A scorecard row's group, a name from Sitoo with any characters, comes back as it went.
    const grouped = { ...view, group: { kind: "supplier" as const, value: "Glas & Porslin AB =1+1" } };
    expect(parseWorklistView(new URLSearchParams(worklistSearch(grouped)))).toEqual(grouped);
    expect(worklistSearch(DEFAULT_WORKLIST_VIEW)).toBe("");
  });

  it("ignores values it does not know, whatever the query string holds", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("status", "assignee", "reason", "shipment", "__proto__"), fc.string()),
        (q) => {
          const view = parseWorklistView(new URLSearchParams(q));
          expect(["", "all", ...DECISION_STATUSES]).toContain(view.status);
          expect(["anyone", "me", "unassigned"]).toContain(view.assignee);
        },
      ),
    );
  });

  it("links a discrepancy to its review page, filtered to it", () => {
    expect(reviewLink({ shipment_id: "S1", sku: "A&B", reason_code: "DAMAGED", discrepancy_id: "d 1" })).toBe(
      "/shipments/S1?sku=A%26B&reason=DAMAGED&discrepancy=d+1",
    );
  });
});
