"use client";
// The links page: every evidence link of the team (newest first) with what it shows, for whom,
// who made it, until when, its state and its opens; filters by status and shipment; Revoke for
// reviewers. A table from 640 px up; below, each link is a card of labelled lines.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import { BUTTON, FIELD } from "@/components/ui/form-styles";
import { type LinksFilter, linksQuery } from "@/lib/api/links";
import { LINK_STATUSES, type LinkStatus } from "@/lib/links/model";
import { isShipmentId } from "@/lib/photos/shipment-key";
import { COLUMNS, LinkRow } from "./link-row";

export function LinksTable({ initial }: { initial: LinksFilter }) {
  const t = useTranslations();
  const [filter, setFilter] = useState<LinksFilter>(initial);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const change = (next: LinksFilter) => {
    setFilter(next);
    setPages([null]);
    const q = new URLSearchParams();
    if (next.status) q.set("status", next.status);
    if (next.shipment) q.set("shipment", next.shipment);
    window.history.replaceState(null, "", `${window.location.pathname}${q.size ? `?${q}` : ""}`);
  };
  return (
    <div className="space-y-4">
      <search className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          {t("links.status")}
          <select
            className={FIELD}
            value={filter.status ?? ""}
            onChange={(e) => change({ ...filter, status: (e.target.value || null) as LinkStatus | null })}
          >
            <option value="">{t("links.anyStatus")}</option>
            {LINK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`links.statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("links.shipment")}
          <input
            className={`${FIELD} font-mono`}
            defaultValue={filter.shipment ?? ""}
            placeholder={t("links.shipmentPlaceholder")}
            onChange={(e) => {
              const v = e.target.value.trim();
              if (v === "" || isShipmentId(v)) change({ ...filter, shipment: v || null });
            }}
          />
        </label>
      </search>
      <div className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm max-sm:block">
          <caption className="sr-only">{t("links.title")}</caption>
          <thead className="border-b border-slate-200 text-slate-600 max-sm:hidden">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium">
                  {t(`links.column.${c}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("links.revoke")}</span>
              </th>
            </tr>
          </thead>
          {pages.map((cursor, i) => (
            <LinksPage
              key={cursor ?? "first"}
              filter={filter}
              cursor={cursor}
              first={i === 0}
              onMore={i === pages.length - 1 ? (next) => setPages([...pages, next]) : null}
            />
          ))}
        </table>
      </div>
    </div>
  );
}

function LinksPage({
  filter,
  cursor,
  first,
  onMore,
}: {
  filter: LinksFilter;
  cursor: string | null;
  first: boolean;
  onMore: ((cursor: string) => void) | null;
}) {
  const t = useTranslations();
  const page = useQuery(linksQuery(filter, cursor));
  const span = COLUMNS.length + 1;
  const message = (content: React.ReactNode) => (
    <tbody className="max-sm:block">
      <tr className="max-sm:block">
        <td colSpan={span} className="px-3 py-4 max-sm:block">
          {content}
        </td>
      </tr>
    </tbody>
  );
  if (page.isPending) return message(<span role="status">{t("links.loading")}</span>);
  if (page.isError)
    return message(<ErrorPanel title={t("links.failed")} error={page.error} onRetry={() => page.refetch()} />);
  const { links, next_cursor } = page.data;
  if (first && links.length === 0) return message(<span data-testid="links-empty">{t("links.empty")}</span>);
  return (
    <tbody className="max-sm:block">
      {links.map((link) => (
        <LinkRow key={link.id} link={link} />
      ))}
      {next_cursor && onMore && (
        <tr className="max-sm:block">
          <td colSpan={span} className="px-3 py-2 max-sm:block">
            <button type="button" className={`${BUTTON} text-sm`} onClick={() => onMore(next_cursor)}>
              {t("links.more")}
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}
