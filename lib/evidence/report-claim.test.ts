import { describe, expect, it } from "vitest";
import { type Decision, openDecision } from "@/lib/decisions/model";
import type { Photo } from "@/lib/photos/types";
import { claimFigures } from "./report-claim";
import type { PackScope } from "./scope";

const photo = (entity: string) => ({ entity_id: entity, file_id: entity }) as unknown as Photo;
const claimed = (entity: string, party: "supplier" | "carrier", reference: string, amount: number): Decision => ({
  ...openDecision(entity, "S"),
  status: "claimed",
  claim: { party, reference, amount, currency: "SEK" },
});

describe("claimFigures", () => {
  it("reads the same whatever order the store answered in: parties supplier first, references as the report goes", () => {
    const photos = ["S|A|X|1", "S|A|X|2", "S|B|X|3"].map(photo);
    const decisions = [
      claimed("S|A|X|1", "carrier", "C-1", 100),
      claimed("S|A|X|2", "supplier", "S-1", 200),
      claimed("S|B|X|3", "supplier", "S-2", 300),
    ];
    const scope = (order: Decision[]) =>
      ({
        shipmentId: "S",
        view: {},
        photos,
        record: null,
        decisions: new Map(order.map((d) => [d.entity_id, d])),
      }) as PackScope;
    for (const order of [decisions, [...decisions].reverse()]) {
      const f = claimFigures(scope(order));
      expect([...f.parties]).toEqual([
        ["supplier", 2],
        ["carrier", 1],
      ]);
      expect(f.references).toEqual(["C-1", "S-1", "S-2"]);
      expect([...f.totals]).toEqual([["SEK", 600]]);
    }
  });
});
