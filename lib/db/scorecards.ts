// Scorecards in one SQL statement per view, in the database: the shipments that arrived in the
// range (the arrival index), their discrepancies (each shipment's, through its index: a lateral
// join, never a scan of the whole index), their decisions and the first claim event of each;
// grouped by supplier, carrier, store (from the stored Sitoo record), SKU, reason or month.
// Server-only.
import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { recoveryRate, type ScorecardBy, type ScorecardRow } from "@/lib/scorecards/model";
import type { Db } from "./client";

/** The group key of a shipment (s) or of a discrepancy (d), per view. */
const KEYS: Record<ScorecardBy, { shipmentKeyed: boolean; key: SQL }> = {
  supplier: { shipmentKeyed: true, key: sql`coalesce(s.record->'origin'->>'name', '')` },
  carrier: { shipmentKeyed: true, key: sql`coalesce(s.record->'carrier'->>'name', '')` },
  store: { shipmentKeyed: true, key: sql`coalesce(s.record->'destination'->>'name', '')` },
  month: { shipmentKeyed: true, key: sql`to_char(s.arrived_at at time zone 'UTC', 'YYYY-MM')` },
  sku: { shipmentKeyed: false, key: sql`coalesce(d.sku, '')` },
  reason: { shipmentKeyed: false, key: sql`coalesce(d.reason_code, '')` },
};

/** Claims that count in a row: by supplier only the supplier's, by carrier only the carrier's. */
const PARTY: Partial<Record<ScorecardBy, string>> = { supplier: "supplier", carrier: "carrier" };

/** The statement, for the query and for EXPLAIN (the benchmark shows its plan). */
export function scorecardSql(by: ScorecardBy, from: string, to: string): SQL {
  const { shipmentKeyed, key } = KEYS[by];
  const party = PARTY[by];
  const counted = party ? sql`c.claim_party = ${party}` : sql`c.claim_party is not null`;
  // The item lines whose units count in a row: every line of the row's shipments, or (by SKU or
  // reason) the lines of the SKUs that have a discrepancy in the row.
  const lines = shipmentKeyed
    ? sql`select sk.key, i.value as line from sk cross join lateral jsonb_array_elements(coalesce(sk.record->'items', '[]'::jsonb)) i`
    : sql`select p.key, i.value as line from (select distinct key, shipment_id, sku from dk) p
          join s on s.shipment_id = p.shipment_id
          cross join lateral jsonb_array_elements(coalesce(s.record->'items', '[]'::jsonb)) i
          where i.value->>'sku' = p.sku`;
  return sql`
with s as (
  select shipment_id, arrived_at, record, carrier_deadline, supplier_deadline
  from shipments
  where arrived_at >= ${`${from}T00:00:00Z`}::timestamptz and arrived_at < (${to}::date + 1)::timestamptz
),
dk as (
  select ${key} as key, s.shipment_id, s.arrived_at, d.sku, d.photo_count, c.status,
    c.claim_currency, c.claim_amount, c.recovery_currency, c.recovery_amount,
    coalesce(${counted}, false) as counted,
    case c.claim_party when 'carrier' then s.carrier_deadline when 'supplier' then s.supplier_deadline end as deadline,
    (select min(e.at) from events e where e.entity_id = d.entity_id and e.kind = 'claim') as claimed_at
  from s
  -- "offset 0" keeps the planner from flattening this into a hash join over the whole index.
  cross join lateral (select * from discrepancies x where x.shipment_id = s.shipment_id offset 0) d
  left join decisions c on c.entity_id = d.entity_id
),
sk as (
  ${shipmentKeyed ? sql`select ${key} as key, s.shipment_id, s.record from s` : sql`select distinct dk.key, dk.shipment_id, null::jsonb as record from dk`}
),
ships as (select key, count(*)::int as shipments from sk group by key),
units as (
  select key,
    coalesce(sum((line->>'quantity')::numeric), 0) as expected,
    coalesce(sum((line->>'quantity_received')::numeric), 0) as received,
    coalesce(sum(greatest((line->>'quantity')::numeric - (line->>'quantity_received')::numeric, 0)), 0) as short
  from (${lines}) l group by key
),
agg as (
  select key,
    count(*)::int as discrepancies,
    coalesce(sum(photo_count), 0)::int as photos,
    (count(*) filter (where status is not null and status not in ('open', 'in_progress')))::int as decided,
    (count(*) filter (where counted))::int as claimed,
    (count(*) filter (where counted and recovery_amount is not null))::int as recovered,
    percentile_cont(0.5) within group (order by extract(epoch from claimed_at - arrived_at) / 86400.0)
      filter (where counted and claimed_at is not null) as median_days,
    (count(*) filter (where counted and claimed_at > deadline))::int as missed
  from dk group by key
),
claimed_money as (
  select key, jsonb_object_agg(claim_currency, total) as amount from (
    select key, claim_currency, sum(claim_amount) as total from dk
    where counted and claim_amount is not null and claim_currency is not null group by key, claim_currency
  ) m group by key
),
recovered_money as (
  select key, jsonb_object_agg(recovery_currency, total) as amount from (
    select key, recovery_currency, sum(recovery_amount) as total from dk
    where counted and recovery_amount is not null group by key, recovery_currency
  ) m group by key
)
select coalesce(ships.key, agg.key) as key,
  coalesce(ships.shipments, 0) as shipments,
  coalesce(agg.discrepancies, 0) as discrepancies,
  coalesce(agg.photos, 0) as photos,
  coalesce(units.expected, 0) as units_expected,
  coalesce(units.received, 0) as units_received,
  coalesce(units.short, 0) as short_units,
  coalesce(agg.decided, 0) as decided,
  coalesce(agg.claimed, 0) as claimed_count,
  coalesce(claimed_money.amount, '{}'::jsonb) as claimed_amount,
  coalesce(agg.recovered, 0) as recovered_count,
  coalesce(recovered_money.amount, '{}'::jsonb) as recovered_amount,
  agg.median_days,
  coalesce(agg.missed, 0) as missed
from ships
full join agg on agg.key = ships.key
left join units on units.key = coalesce(ships.key, agg.key)
left join claimed_money on claimed_money.key = coalesce(ships.key, agg.key)
left join recovered_money on recovered_money.key = coalesce(ships.key, agg.key)
order by coalesce(agg.discrepancies, 0) desc, 1 asc`;
}

const money = (v: unknown): Record<string, number> =>
  Object.fromEntries(
    Object.entries((typeof v === "string" ? JSON.parse(v) : (v ?? {})) as Record<string, unknown>).map(([c, n]) => [
      c,
      Number(n),
    ]),
  );

/** The rows of one view; `label` is the key (the page names an empty one). */
export async function scorecardRows(db: Db, by: ScorecardBy, from: string, to: string): Promise<ScorecardRow[]> {
  // Both drivers answer { rows } (node-postgres and PGlite alike).
  const result = (await db.execute(scorecardSql(by, from, to))) as unknown as { rows: Record<string, unknown>[] };
  const rows = result.rows;
  return rows.map((r) => {
    const claimed = { count: Number(r.claimed_count), amount: money(r.claimed_amount) };
    const recovered = { count: Number(r.recovered_count), amount: money(r.recovered_amount) };
    return {
      key: String(r.key),
      label: String(r.key),
      shipments: Number(r.shipments),
      discrepancies: Number(r.discrepancies),
      photos: Number(r.photos),
      units_expected: Number(r.units_expected),
      units_received: Number(r.units_received),
      short_units: Number(r.short_units),
      decided: Number(r.decided),
      claimed,
      recovered,
      recovery_rate: recoveryRate(claimed.amount, recovered.amount),
      median_days_to_claim: r.median_days === null || r.median_days === undefined ? null : Number(r.median_days),
      deadlines_missed: Number(r.missed),
    };
  });
}
