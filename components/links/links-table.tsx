"use client";
// The links page: every evidence link of the team (newest first) with what it shows, for whom,
// who made it, until when, its state and its opens; filters by status and shipment; Revoke for
// reviewers. A table from 640 px up; below, each link is a card of labelled lines.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ErrorPanel } from "@/components/ui/error-panel";
import { BUTTON, FIELD } from "@/components/ui/form-styles";
import { HydratedButton } from "@/components/ui/hydrated-controls";
import { OutsideText } from "@/components/ui/outside-text";
import { useCan } from "@/components/ui/role";
import { useDisplayNames } from "@/components/ui/use-display-names";
import { type LinksFilter, linksQuery, linkViewsQuery, revokeLink } from "@/lib/api/links";
import { type Link as EvidenceLink, LINK_STATUSES, type LinkStatus } from "@/lib/links/model";
import { formatIsoTime } from "@/lib/photos/format";
import { isShipmentId } from "@/lib/photos/shipment-key";
import { visibleText } from "@/lib/photos/visible-text";

const COLUMNS = ["shipment", "scope", "party", "recipient", "created", "expires", "status", "opens"] as const;
const TONE: Record<LinkStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  expired: "bg-slate-200 text-slate-800",
  revoked: "bg-red-100 text-red-900",
};

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

function LinkRow({ link }: { link: EvidenceLink }) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const nameOf = useDisplayNames();
  const canRevoke = useCan("reviewer");
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => revokeLink(link.id),
    onSettled: () => client.invalidateQueries({ queryKey: ["links"] }),
  });
  const scope = [link.scope.sku, link.scope.reason, link.scope.discrepancy].filter(Boolean) as string[];
  const review = `/shipments/${encodeURIComponent(link.shipment_id)}${
    scope.length ? `?${new URLSearchParams(Object.entries(link.scope) as [string, string][])}` : ""
  }`;
  const cell = "px-3 py-2 max-sm:py-1";
  return (
    <tr
      className="border-b border-slate-100 last:border-0 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:py-2"
      data-testid="link-row"
      data-link={link.id}
      data-status={link.status}
    >
      <th scope="row" className={`${cell} font-normal`}>
        <Label text={t("links.column.shipment")} />
        <Link href={review} className="font-mono font-medium text-brand-700 underline">
          {link.shipment_id}
        </Link>
      </th>
      <td className={cell}>
        <Label text={t("links.column.scope")} />
        {scope.length ? (
          <span className="break-all font-mono text-xs">
            <OutsideText text={scope.join(" · ")} />
          </span>
        ) : (
          t("share.scopeAll")
        )}
      </td>
      <td className={cell}>
        <Label text={t("links.column.party")} />
        {t(`claimParty.${link.party}`)}
      </td>
      <td className={`${cell} break-words`}>
        <Label text={t("links.column.recipient")} />
        <OutsideText text={link.recipient} />
      </td>
      <td className={`${cell} sm:whitespace-nowrap`}>
        <Label text={t("links.column.created")} />
        {formatIsoTime(link.created_at, undefined, locale)}
        <span className="block text-xs text-slate-600">
          {t("links.by", { name: visibleText(nameOf(link.created_by)) })}
        </span>
      </td>
      <td className={`${cell} sm:whitespace-nowrap`}>
        <Label text={t("links.column.expires")} />
        {formatIsoTime(link.expires_at, undefined, locale)}
      </td>
      <td className={cell}>
        <Label text={t("links.column.status")} />
        <span className={`rounded px-1.5 py-0.5 ${TONE[link.status]}`} data-testid="link-status">
          {t(`links.statuses.${link.status}`)}
        </span>
        {link.revoked_at && (
          <span className="block text-xs text-slate-600">
            {t("links.by", { name: visibleText(nameOf(link.revoked_by ?? "")) })}
          </span>
        )}
      </td>
      <td className={cell} data-testid="link-opens">
        <Label text={t("links.column.opens")} />
        {t("links.opens", {
          count: link.views,
          when: link.last_viewed_at ? format.relativeTime(new Date(link.last_viewed_at)) : "",
        })}
        {link.views > 0 && <LinkViews linkId={link.id} />}
      </td>
      <td className={`${cell} max-sm:col-span-2`}>
        {canRevoke && link.status === "active" && (
          <HydratedButton
            className={`${BUTTON} text-sm`}
            disabled={revoke.isPending}
            onClick={() => revoke.mutate()}
            aria-label={t("links.revokeLabel", { recipient: visibleText(link.recipient) })}
          >
            {t("links.revoke")}
          </HydratedButton>
        )}
        {revoke.isError && (
          <p role="alert" className="text-xs text-red-800">
            {revoke.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}

/** Every open of a link (when, what, from where), read when the disclosure opens. */
function LinkViews({ linkId }: { linkId: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const views = useQuery({ ...linkViewsQuery(linkId), enabled: open });
  return (
    <details className="mt-1 text-xs" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700 underline">{t("links.showOpens")}</summary>
      {views.isPending ? (
        <p role="status">{t("links.loading")}</p>
      ) : views.isError ? (
        <p role="alert">{views.error.message}</p>
      ) : (
        <ol className="mt-1 space-y-0.5" data-testid="link-views">
          {views.data.views.map((v) => (
            <li key={`${v.at}${v.what}`}>
              {formatIsoTime(v.at, undefined, locale)} · {t(`links.what.${v.what}`)}
              {v.ip ? ` · ${v.ip}` : ""}
              {v.user_agent && <span className="block truncate text-slate-600">{v.user_agent}</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function Label({ text }: { text: string }) {
  return <span className="block text-xs text-slate-600 sm:hidden">{text}</span>;
}
