// The scorecards' SQL against the same figures computed here from the raw rows, for random
// shipments, discrepancies, decisions and claim events (several currencies, claims against
// different parties), on PGlite and on PostgreSQL.
import fc from "fast-check";
import { expect, it } from "vitest";
import { recoveryRate, SCORECARD_BY, type ScorecardBy, type ScorecardRow } from "@/lib/scorecards/model";
import { decisions, discrepancies, events, shipments } from "./schema";
import { scorecardRows } from "./scorecards";
import { describeStores } from "./test-stores";

const DAY = 86_400_000;
const BASE = Date.parse("2026-06-01T00:00:00Z");
const PARTIES = ["supplier", "carrier", "insurer"] as const;

const line = fc.record({
  sku: fc.constantFrom("A", "B", "C"),
  quantity: fc.integer({ min: 0, max: 30 }),
  quantity_received: fc.integer({ min: 0, max: 30 }),
});
const shipment = fc.record({
  supplier: fc.constantFrom("Nordic Ceramics", "Glas AB", ""),
  carrier: fc.constantFrom("DHL", "PostNord"),
  store: fc.constantFrom("Stockholm", "Malmö"),
  day: fc.integer({ min: 0, max: 120 }),
  items: fc.array(line, { maxLength: 3 }),
});
const discrepancy = fc.record({
  shipment: fc.nat(),
  sku: fc.constantFrom("A", "B", "C"),
  reason: fc.constantFrom("DAMAGED", "SHORTAGE"),
  photos: fc.integer({ min: 1, max: 5 }),
  decision: fc.option(
    fc.record({
      status: fc.constantFrom("open", "in_progress", "claimed", "credited", "written_off"),
      claim: fc.option(
        fc.record({
          party: fc.constantFrom(...PARTIES),
          amount: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
          currency: fc.constantFrom("SEK", "EUR"),
          claimedAfterDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
          recovery: fc.option(
            fc.record({ amount: fc.integer({ min: 0, max: 100_000 }), currency: fc.constantFrom("SEK", "EUR") }),
            {
              nil: null,
            },
          ),
        }),
        { nil: null },
      ),
    }),
    { nil: null },
  ),
});

type Shipment = {
  id: string;
  supplier: string;
  carrier: string;
  store: string;
  arrived: number;
  items: { sku: string; quantity: number; quantity_received: number }[];
  carrierDeadline: number;
  supplierDeadline: number;
};
type Disc = {
  entity: string;
  shipment: Shipment;
  sku: string;
  reason: string;
  photos: number;
  status: string | null;
  claim: {
    party: string;
    amount: number | null;
    currency: string;
    claimedAt: number | null;
    recovery: { amount: number; currency: string } | null;
  } | null;
};

function expected(by: ScorecardBy, all: Shipment[], discs: Disc[], from: number, to: number): ScorecardRow[] {
  const inRange = (s: Shipment) => s.arrived >= from && s.arrived < to + DAY;
  const month = (ms: number) => new Date(ms).toISOString().slice(0, 7);
  const skey = (s: Shipment) =>
    ({ supplier: s.supplier, carrier: s.carrier, store: s.store, month: month(s.arrived) })[by as "supplier"];
  const shipmentKeyed = !["sku", "reason"].includes(by);
  const rows = new Map<string, ScorecardRow & { ships: Set<string>; days: number[]; lines: Set<string> }>();
  const row = (key: string) => {
    let r = rows.get(key);
    if (!r) {
      r = {
        key,
        label: key,
        shipments: 0,
        discrepancies: 0,
        photos: 0,
        units_expected: 0,
        units_received: 0,
        short_units: 0,
        decided: 0,
        claimed: { count: 0, amount: {} },
        recovered: { count: 0, amount: {} },
        recovery_rate: null,
        median_days_to_claim: null,
        deadlines_missed: 0,
        ships: new Set(),
        days: [],
        lines: new Set(),
      };
      rows.set(key, r);
    }
    return r;
  };
  const addLine = (r: ReturnType<typeof row>, l: Shipment["items"][number]) => {
    r.units_expected += l.quantity;
    r.units_received += l.quantity_received;
    r.short_units += Math.max(l.quantity - l.quantity_received, 0);
  };
  if (shipmentKeyed)
    for (const s of all.filter(inRange)) {
      const r = row(skey(s));
      r.shipments++;
      for (const l of s.items) addLine(r, l);
    }
  const party = by === "supplier" || by === "carrier" ? by : null;
  for (const d of discs.filter((x) => inRange(x.shipment))) {
    const key = shipmentKeyed ? skey(d.shipment) : by === "sku" ? d.sku : d.reason;
    const r = row(key);
    if (!shipmentKeyed) {
      if (!r.ships.has(d.shipment.id)) {
        r.ships.add(d.shipment.id);
        r.shipments++;
      }
      const pair = `${d.shipment.id}|${d.sku}`;
      if (!r.lines.has(pair)) {
        r.lines.add(pair);
        for (const l of d.shipment.items) if (l.sku === d.sku) addLine(r, l);
      }
    }
    r.discrepancies++;
    r.photos += d.photos;
    if (d.status && d.status !== "open" && d.status !== "in_progress") r.decided++;
    const c = d.claim;
    if (!c || (party && c.party !== party)) continue;
    r.claimed.count++;
    if (c.amount !== null) r.claimed.amount[c.currency] = (r.claimed.amount[c.currency] ?? 0) + c.amount;
    if (c.recovery) {
      r.recovered.count++;
      r.recovered.amount[c.recovery.currency] = (r.recovered.amount[c.recovery.currency] ?? 0) + c.recovery.amount;
    }
    if (c.claimedAt !== null) {
      r.days.push((c.claimedAt - d.shipment.arrived) / DAY);
      const deadline =
        c.party === "carrier"
          ? d.shipment.carrierDeadline
          : c.party === "supplier"
            ? d.shipment.supplierDeadline
            : null;
      if (deadline !== null && c.claimedAt > deadline) r.deadlines_missed++;
    }
  }
  return [...rows.values()].map(({ ships: _s, days, lines: _l, ...r }) => {
    const sorted = [...days].sort((a, b) => a - b);
    const mid = sorted.length / 2;
    const median =
      sorted.length === 0 ? null : sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    return { ...r, recovery_rate: recoveryRate(r.claimed.amount, r.recovered.amount), median_days_to_claim: median };
  });
}

describeStores("scorecards", (store) => {
  let run = 0;
  it("computes in SQL what the raw rows say, for every view, over random data", async () => {
    const db = store().db;
    await fc.assert(
      fc.asyncProperty(
        fc.array(shipment, { minLength: 1, maxLength: 8 }),
        fc.array(discrepancy, { maxLength: 30 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 10, max: 90 }),
        async (ships, rawDiscs, startDay, span) => {
          run++;
          await db.delete(discrepancies);
          await db.delete(decisions);
          await db.delete(shipments);
          const all: Shipment[] = ships.map((s, i) => {
            const arrived = BASE + s.day * DAY + 3_600_000;
            return {
              id: `SC${run}-${i}`,
              supplier: s.supplier,
              carrier: s.carrier,
              store: s.store,
              arrived,
              items: s.items,
              carrierDeadline: arrived + 7 * DAY,
              supplierDeadline: arrived + 14 * DAY,
            };
          });
          const discs: Disc[] = rawDiscs.map((d, i) => {
            const sh = all[d.shipment % all.length]!;
            const c = d.decision?.claim ?? null;
            return {
              entity: `${sh.id}|${d.sku}|${d.reason}|${i}`,
              shipment: sh,
              sku: d.sku,
              reason: d.reason,
              photos: d.photos,
              status: d.decision?.status ?? null,
              claim: c && {
                party: c.party,
                amount: c.amount,
                currency: c.currency,
                claimedAt: c.claimedAfterDays === null ? null : sh.arrived + c.claimedAfterDays * DAY + 60_000,
                recovery: c.recovery,
              },
            };
          });
          for (const s of all)
            await db.insert(shipments).values({
              shipmentId: s.id,
              sitooId: `sitoo-${s.id}`,
              state: "arrived",
              arrivedAt: new Date(s.arrived),
              carrierDeadline: new Date(s.carrierDeadline),
              supplierDeadline: new Date(s.supplierDeadline),
              record: {
                origin: { name: s.supplier || null },
                carrier: { name: s.carrier },
                destination: { name: s.store },
                items: s.items,
              },
            });
          for (const d of discs) {
            await db.insert(discrepancies).values({
              entityId: d.entity,
              shipmentId: d.shipment.id,
              sku: d.sku,
              reasonCode: d.reason,
              discrepancyId: d.entity,
              photoCount: d.photos,
            });
            if (d.status === null) continue;
            await db.insert(decisions).values({
              entityId: d.entity,
              shipmentId: d.shipment.id,
              status: d.status,
              claimParty: d.claim?.party ?? null,
              claimAmount: d.claim?.amount ?? null,
              claimCurrency: d.claim ? d.claim.currency : null,
              recoveryAmount: d.claim?.recovery?.amount ?? null,
              recoveryCurrency: d.claim?.recovery?.currency ?? null,
              recoveryAt: d.claim?.recovery ? "2026-09-01" : null,
              version: 1,
              updatedBy: "test",
            });
            if (d.claim?.claimedAt != null) {
              // Two claim events: the first one counts.
              await db.insert(events).values({
                actor: "t",
                shipmentId: d.shipment.id,
                entityId: d.entity,
                kind: "claim",
                at: new Date(d.claim.claimedAt),
                data: {},
              });
              await db.insert(events).values({
                actor: "t",
                shipmentId: d.shipment.id,
                entityId: d.entity,
                kind: "claim",
                at: new Date(d.claim.claimedAt + 5 * DAY),
                data: {},
              });
            }
          }
          const from = BASE + startDay * DAY;
          const to = from + span * DAY;
          const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
          for (const by of SCORECARD_BY) {
            const got = (await scorecardRows(db, by, day(from), day(to))).sort((a, b) => a.key.localeCompare(b.key));
            const want = expected(by, all, discs, from, to).sort((a, b) => a.key.localeCompare(b.key));
            expect(
              got.map((r) => r.key),
              by,
            ).toEqual(want.map((r) => r.key));
            for (const [i, w] of want.entries()) {
              const g = got[i]!;
              const { median_days_to_claim: gm, recovery_rate: gr, ...gRest } = g;
              const { median_days_to_claim: wm, recovery_rate: wr, ...wRest } = w;
              expect(gRest, `${by} ${w.key}`).toEqual(wRest);
              if (wm === null) expect(gm).toBeNull();
              else expect(gm).toBeCloseTo(wm, 6);
              if (wr === null) expect(gr).toBeNull();
              else expect(gr).toBeCloseTo(wr, 9);
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
