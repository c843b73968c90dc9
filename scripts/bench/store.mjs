// The databases the store figures run on: a scratch database on the PostgreSQL server (when one
// answers at BENCH_DATABASE_URL or 127.0.0.1:5432/test), and seeding either store with a large
// worklist through plain SQL.
import { randomBytes } from "node:crypto";
import pg from "pg";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A fresh database on the server, or null (with the reason) when there is no server. */
export async function scratchPostgres() {
  const admin = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 1500 });
  try {
    await admin.connect();
  } catch (err) {
    return { url: null, reason: err.message, drop: async () => {} };
  }
  const name = `spr_bench_${randomBytes(5).toString("hex")}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: SERVER });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** `discrepancies` rows in the index, the first `decided` of them with a decision, and their shipments. */
export const SEED_SQL = (discrepancies, decided) => `
insert into discrepancies (entity_id, shipment_id, sku, reason_code, discrepancy_id, photo_count, first_seen_at, last_seen_at)
select 'WL' || (g / 20) || '|SKU-' || (g % 20) || '|' || (array['DAMAGED','WRONG_ITEM','SHORTAGE','OVERAGE'])[1 + g % 4] || '|d' || g,
       'WL' || (g / 20), 'SKU-' || (g % 20), (array['DAMAGED','WRONG_ITEM','SHORTAGE','OVERAGE'])[1 + g % 4], 'd' || g,
       1 + g % 5, timestamptz '2026-01-01' + g * interval '1 minute', timestamptz '2026-01-01' + g * interval '1 minute'
from generate_series(1, ${discrepancies}) g
on conflict do nothing;
insert into decisions (entity_id, shipment_id, status, assignee, version, updated_by)
select entity_id, shipment_id,
       (array['in_progress','claimed','credited','written_off','no_action','claim_rejected'])[1 + (row_number() over (order by entity_id))::int % 6],
       case when (row_number() over (order by entity_id)) % 2 = 0 then 'bench' end, 1, 'bench'
from discrepancies where entity_id like 'WL%' order by entity_id limit ${decided}
on conflict do nothing;
-- Their shipments, as the sync stores them (the worklist joins them for arrival and deadlines).
insert into shipments (shipment_id, sitoo_id, state, arrived_at, arrival_source, carrier_deadline, supplier_deadline, record)
select distinct shipment_id, 'sitoo-' || shipment_id, 'arrived', timestamptz '2026-01-01', 'observed',
       timestamptz '2026-01-09', timestamptz '2026-01-15', '{}'::jsonb
from discrepancies where entity_id like 'WL%'
on conflict do nothing;
analyze;`;

/** The worklist's first page as the app asks for it (open work, oldest first), for EXPLAIN. */
export const WORKLIST_SQL = `
select d.*, coalesce(x.status, 'open'), x.assignee, s.arrived_at, s.carrier_deadline, s.supplier_deadline
from discrepancies d left join decisions x on x.entity_id = d.entity_id
left join shipments s on s.shipment_id = d.shipment_id
where (x.status is null or x.status not in ('credited', 'written_off', 'no_action'))
order by d.first_seen_at, d.entity_id
limit 51`;

/** `count` shipments in the sync's table, each with `perShipment` open discrepancies in the index. */
export const SHIPMENTS_SQL = (count, perShipment) => `
insert into shipments (shipment_id, sitoo_id, state, version, created_at, modified_at, arrived_at, arrival_source,
                       carrier_deadline, supplier_deadline, destination_warehouse_id, record, photos_indexed_at, photo_count)
select 'SH' || g, gen_random_uuid()::text, 'arrived', 3, now() - interval '3 days', now() - g * interval '1 minute',
       now() - g * interval '1 minute', 'observed', now() + (g % 9) * interval '1 day', now() + (g % 14) * interval '1 day',
       2, jsonb_build_object('carrier', jsonb_build_object('name', 'DHL Freight'), 'items', '[]'::jsonb),
       now(), ${perShipment}
from generate_series(1, ${count}) g
on conflict do nothing;
insert into discrepancies (entity_id, shipment_id, sku, reason_code, discrepancy_id, photo_count, first_seen_at, last_seen_at)
select 'SH' || g || '|SKU-' || k || '|DAMAGED|d' || k, 'SH' || g, 'SKU-' || k, 'DAMAGED', 'd' || k, 2,
       now() - g * interval '1 minute', now()
from generate_series(1, ${count}) g, generate_series(1, ${perShipment}) k
on conflict do nothing;
analyze;`;
