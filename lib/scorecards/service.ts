// The scorecards as the API answers them: the query checked, one SQL statement, the rows; and the
// same as CSV (one claimed and one recovered column per currency, in major units; labels from
// Sitoo neutralised like every CSV cell). Server-only.
import "server-only";
import { parseInput } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { scorecardRows } from "@/lib/db/scorecards";
import { csvRow } from "@/lib/decisions/csv";
import { fromMinorUnits } from "@/lib/decisions/money";
import type { Scorecards } from "./model";
import { scorecardQuerySchema } from "./query";

export function parseScorecardQuery(url: URL) {
  const q = url.searchParams;
  return parseInput(
    scorecardQuerySchema,
    { by: q.get("by"), from: q.get("from"), to: q.get("to") },
    "scorecard filter",
  );
}

export async function scorecards(url: URL): Promise<Scorecards> {
  const { by, from, to } = parseScorecardQuery(url);
  return { by, from, to, rows: await scorecardRows(await db(), by, from, to) };
}

export async function scorecardsCsv(url: URL): Promise<Response> {
  const { by, from, to, rows } = await scorecards(url);
  const currencies = [
    ...new Set(rows.flatMap((r) => [...Object.keys(r.claimed.amount), ...Object.keys(r.recovered.amount)])),
  ].sort();
  const header = [
    by,
    "shipments",
    "discrepancies",
    "photos",
    "units_expected",
    "units_received",
    "short_units",
    "decided",
    "claimed_count",
    ...currencies.map((c) => `claimed_${c}`),
    "recovered_count",
    ...currencies.map((c) => `recovered_${c}`),
    "recovery_rate",
    "median_days_to_claim",
    "deadlines_missed",
  ];
  const lines = rows.map((r) =>
    csvRow([
      r.label,
      r.shipments,
      r.discrepancies,
      r.photos,
      r.units_expected,
      r.units_received,
      r.short_units,
      r.decided,
      r.claimed.count,
      ...currencies.map((c) => (r.claimed.amount[c] === undefined ? null : fromMinorUnits(r.claimed.amount[c], c))),
      r.recovered.count,
      ...currencies.map((c) => (r.recovered.amount[c] === undefined ? null : fromMinorUnits(r.recovered.amount[c], c))),
      r.recovery_rate === null ? null : r.recovery_rate.toFixed(4),
      r.median_days_to_claim === null ? null : r.median_days_to_claim.toFixed(1),
      r.deadlines_missed,
    ]),
  );
  return new Response(csvRow(header) + lines.join(""), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="scorecards_${by}_${from}_${to}.csv"`,
    },
  });
}
