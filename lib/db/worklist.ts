// The worklist as the API serves it: filters resolved for the signed-in user, a page with its
// cursor and counts, or every matching row as CSV. Server-only.
import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/api/errors";
import type { worklistQuerySchema } from "@/lib/api/schemas";
import { csvRow } from "@/lib/decisions/csv";
import { WORKLIST_GROUPS, type WorklistGroup } from "@/lib/decisions/worklist-view";
import { db } from "./client";
import {
  decodeWorklistCursor,
  encodeWorklistCursor,
  WORKLIST_PAGE,
  type WorklistFilter,
  worklistCounts,
  worklistPage,
} from "./discrepancies";

type Query = z.output<typeof worklistQuerySchema>;

/** The scorecard row's group the query names, if any (the worklist-view's parameters). */
function groupOf(q: Query): WorklistGroup | null {
  const kind = WORKLIST_GROUPS.find((k) => q[k] !== null);
  return kind ? { kind, value: q[kind]! } : null;
}

const filterFor = (q: Query, user: string): WorklistFilter => ({
  statuses: q.status,
  assignee: q.assignee === "me" ? user : q.assignee,
  reason: q.reason,
  shipment: q.shipment,
  group: groupOf(q),
});

export async function worklist(q: Query, user: string) {
  const after = q.cursor ? decodeWorklistCursor(q.cursor, q.sort) : null;
  if (q.cursor && !after) throw new AppError("INVALID_REQUEST", "Invalid cursor: not one this dashboard handed out.");
  const filter = filterFor(q, user);
  const store = await db();
  const [page, counts] = await Promise.all([
    worklistPage(store, filter, after, WORKLIST_PAGE, q.sort),
    worklistCounts(store, filter),
  ]);
  return {
    discrepancies: page.items,
    next_cursor: page.next ? encodeWorklistCursor(page.next, q.sort) : null,
    counts,
  };
}

const COLUMNS = [
  "entity_id",
  "shipment_id",
  "sku",
  "reason_code",
  "discrepancy_id",
  "photo_count",
  "status",
  "assignee",
  "first_seen_at",
  "last_seen_at",
  "arrived_at",
  "claim_deadline",
  // Since 2026-12-07, after the columns spreadsheets already read: the claim and what came back.
  "claim_party",
  "claim_amount",
  "claim_currency",
  "recovered_amount",
  "recovered_currency",
  "recovered_reference",
  "recovered_at",
] as const;

/** Every matching row, streamed page by page. */
export async function worklistCsv(q: Query, user: string): Promise<Response> {
  const filter = filterFor(q, user);
  const store = await db();
  let after: [string, string] | null = null;
  let done = false;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvRow([...COLUMNS])));
    },
    async pull(controller) {
      if (done) return controller.close();
      const page = await worklistPage(store, filter, after, 500, q.sort);
      controller.enqueue(encoder.encode(page.items.map((item) => csvRow(COLUMNS.map((c) => item[c]))).join("")));
      after = page.next;
      done = !page.next;
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="worklist.csv"',
    },
  });
}
