// The evidence links' contract as the browser uses it: making one, listing, revoking, the opens.
// Shared: the server's lib/links builds these shapes.
import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetcher";
import { apiPaths } from "@/lib/api/paths";
import type { ClaimParty } from "@/lib/decisions/model";
import type { Link, LinkLanguage, LinkScope, LinkStatus, LinkView, Mail } from "@/lib/links/model";

export interface NewLinkRequest {
  party: ClaimParty;
  recipient: string;
  scope: LinkScope;
  expires_in_days: number;
  language: LinkLanguage;
  /** E-mail the link (where SMTP_URL is set). */
  send?: { to: string[]; cc: string[]; message: string };
}

/** The URL is in this answer only: the server keeps the token's hash, never the token. */
export interface NewLinkAnswer {
  link: Link;
  url: string;
  mail: Mail | null;
}

export const createLink = (shipmentId: string, body: NewLinkRequest) =>
  fetchJson<NewLinkAnswer>(apiPaths.shipmentLinks(shipmentId), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

export const revokeLink = (linkId: string) => fetchJson<Link>(apiPaths.link(linkId), { method: "DELETE" });

export interface LinksFilter {
  status: LinkStatus | null;
  shipment: string | null;
}

export const linksQuery = (filter: LinksFilter, cursor: string | null = null) => {
  const q = new URLSearchParams();
  if (filter.status) q.set("status", filter.status);
  if (filter.shipment) q.set("shipment", filter.shipment);
  if (cursor) q.set("cursor", cursor);
  return queryOptions({
    queryKey: ["links", filter.status, filter.shipment, cursor] as const,
    queryFn: ({ signal }) =>
      fetchJson<{ links: Link[]; next_cursor: string | null }>(apiPaths.links(q.toString()), { signal }),
  });
};

export const shipmentLinksQuery = (shipmentId: string) =>
  queryOptions({
    queryKey: ["links", "shipment", shipmentId] as const,
    queryFn: ({ signal }) => fetchJson<{ links: Link[] }>(apiPaths.shipmentLinks(shipmentId), { signal }),
  });

export const linkViewsQuery = (linkId: string) =>
  queryOptions({
    queryKey: ["links", "views", linkId] as const,
    queryFn: ({ signal }) => fetchJson<{ views: LinkView[] }>(apiPaths.linkViews(linkId), { signal }),
  });
