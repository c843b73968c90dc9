"use client";
// One evidence link on the links page: shipment, scope, party, recipient (and the e-mail sent
// with it), who made it and when, expiry, status, opens (each one behind Show opens), Revoke.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { CellLabel } from "@/components/ui/cell-label";
import { BUTTON } from "@/components/ui/form-styles";
import { HydratedButton } from "@/components/ui/hydrated-controls";
import { OutsideText } from "@/components/ui/outside-text";
import { useCan } from "@/components/ui/role";
import { useDisplayNames } from "@/components/ui/use-display-names";
import { linkViewsQuery, revokeLink } from "@/lib/api/links";
import type { Link as EvidenceLink, LinkStatus } from "@/lib/links/model";
import { formatIsoTime } from "@/lib/photos/format";
import { visibleText } from "@/lib/photos/visible-text";

export const COLUMNS = ["shipment", "scope", "party", "recipient", "created", "expires", "status", "opens"] as const;

const TONE: Record<LinkStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  expired: "bg-slate-200 text-slate-800",
  revoked: "bg-red-100 text-red-900",
};

export function LinkRow({ link }: { link: EvidenceLink }) {
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
        <CellLabel text={t("links.column.shipment")} />
        <Link href={review} className="font-mono font-medium text-brand-700 underline">
          {link.shipment_id}
        </Link>
      </th>
      <td className={cell}>
        <CellLabel text={t("links.column.scope")} />
        {scope.length ? (
          <span className="break-all font-mono text-xs">
            <OutsideText text={scope.join(" · ")} />
          </span>
        ) : (
          t("share.scopeAll")
        )}
      </td>
      <td className={cell}>
        <CellLabel text={t("links.column.party")} />
        {t(`claimParty.${link.party}`)}
      </td>
      <td className={`${cell} break-words`}>
        <CellLabel text={t("links.column.recipient")} />
        <OutsideText text={link.recipient} />
        {link.mail && (
          <span
            className={`block text-xs ${link.mail.sent_at ? "text-slate-600" : "text-red-800"}`}
            data-testid="link-mail"
          >
            {link.mail.sent_at
              ? t("links.mailSent", {
                  to: link.mail.to.join(", "),
                  time: formatIsoTime(link.mail.sent_at, undefined, locale),
                })
              : t("links.mailFailed", { error: link.mail.error ?? "" })}
          </span>
        )}
      </td>
      <td className={`${cell} sm:whitespace-nowrap`}>
        <CellLabel text={t("links.column.created")} />
        {formatIsoTime(link.created_at, undefined, locale)}
        <span className="block text-xs text-slate-600">
          {t("links.by", { name: visibleText(nameOf(link.created_by)) })}
        </span>
      </td>
      <td className={`${cell} sm:whitespace-nowrap`}>
        <CellLabel text={t("links.column.expires")} />
        {formatIsoTime(link.expires_at, undefined, locale)}
      </td>
      <td className={cell}>
        <CellLabel text={t("links.column.status")} />
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
        <CellLabel text={t("links.column.opens")} />
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
