// The worklist's filters in the query string (so a filtered worklist is a link), and the API
// query they make. Shared and pure.
import { DECISION_STATUSES } from "./model";

export interface WorklistView {
  /** "" (open work: every status not final), "all", or one status. */
  status: string;
  /** "anyone", "me" or "unassigned". */
  assignee: string;
  reason: string;
  shipment: string;
  /** "" (oldest first) or "deadline" (soonest claim deadline first). */
  sort: string;
  /** A scorecard row's group (supplier, carrier, store, SKU, arrival month), when it led here. */
  group: WorklistGroup | null;
}

export const WORKLIST_GROUPS = ["supplier", "carrier", "store", "sku", "arrived"] as const;
export interface WorklistGroup {
  kind: (typeof WORKLIST_GROUPS)[number];
  value: string;
}

export const DEFAULT_WORKLIST_VIEW: WorklistView = {
  status: "",
  assignee: "anyone",
  reason: "",
  shipment: "",
  sort: "",
  group: null,
};
const ASSIGNEES = new Set(["anyone", "me", "unassigned"]);
const STATUSES = new Set<string>(["all", ...DECISION_STATUSES]);

export function parseWorklistView(params: URLSearchParams): WorklistView {
  const status = params.get("status") ?? "";
  const assignee = params.get("assignee") ?? "anyone";
  const reason = params.get("reason") ?? "";
  const shipment = params.get("shipment") ?? "";
  return {
    status: STATUSES.has(status) ? status : "",
    assignee: ASSIGNEES.has(assignee) ? assignee : "anyone",
    reason: reason.length <= 100 ? reason : "",
    shipment: /^[A-Za-z0-9._-]{0,64}$/.test(shipment) ? shipment : "",
    sort: params.get("sort") === "deadline" ? "deadline" : "",
    group: groupOf(params),
  };
}

function groupOf(params: URLSearchParams): WorklistGroup | null {
  for (const kind of WORKLIST_GROUPS) {
    const value = params.get(kind);
    if (value !== null && value.length <= 256) return { kind, value };
  }
  return null;
}

/** The query string for both the page and the API (defaults left out). */
export function worklistSearch(view: WorklistView): string {
  const params = new URLSearchParams();
  if (view.status) params.set("status", view.status);
  if (view.assignee !== "anyone") params.set("assignee", view.assignee);
  if (view.reason) params.set("reason", view.reason);
  if (view.shipment) params.set("shipment", view.shipment);
  if (view.sort) params.set("sort", view.sort);
  if (view.group) params.set(view.group.kind, view.group.value);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The review page filtered to one discrepancy of the worklist. */
export function reviewLink(item: {
  shipment_id: string;
  sku: string | null;
  reason_code: string | null;
  discrepancy_id: string | null;
}): string {
  const params = new URLSearchParams();
  if (item.sku) params.set("sku", item.sku);
  if (item.reason_code) params.set("reason", item.reason_code);
  if (item.discrepancy_id) params.set("discrepancy", item.discrepancy_id);
  const s = params.toString();
  return `/shipments/${encodeURIComponent(item.shipment_id)}${s ? `?${s}` : ""}`;
}
