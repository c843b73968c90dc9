"use client";
// The people page: everyone who can sign in, their role, how they sign in, when they were last
// seen, and the admin's two actions: Sign out everywhere, and Block / Unblock. Below, what admins
// did to people (the audit trail).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { CellLabel } from "@/components/ui/cell-label";
import { ErrorPanel } from "@/components/ui/error-panel";
import { BUTTON } from "@/components/ui/form-styles";
import { HydratedButton } from "@/components/ui/hydrated-controls";
import { type Person, peopleQuery, setBlocked, signPersonOut } from "@/lib/api/people";
import { formatIsoTime } from "@/lib/photos/format";

const COLUMNS = ["person", "role", "signsInWith", "lastSeen", "status", "actions"] as const;

export function PeopleAdmin() {
  const t = useTranslations();
  const locale = useLocale();
  const client = useQueryClient();
  const people = useQuery(peopleQuery());
  const refresh = () => client.invalidateQueries({ queryKey: ["users"] });
  const signOut = useMutation({ mutationFn: (p: Person) => signPersonOut(p.name), onSettled: refresh });
  const block = useMutation({
    mutationFn: (p: Person) => setBlocked(p.name, !p.blocked),
    onSettled: refresh,
  });
  if (people.isPending) return <p role="status">{t("people.loading")}</p>;
  if (people.isError)
    return <ErrorPanel title={t("people.title")} error={people.error} onRetry={() => people.refetch()} />;
  const { me, users, events } = people.data;
  const nameOf = (name: string) => users.find((u) => u.name === name)?.display_name ?? name;
  const failed = signOut.error ?? block.error;
  return (
    <div className="space-y-8">
      {failed && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {failed.message}
        </p>
      )}
      {signOut.isSuccess && (
        <p role="status" className="text-sm text-slate-700" data-testid="people-done">
          {t("people.signedOut", { name: nameOf(signOut.variables.name) })}
        </p>
      )}
      {/* A table from 640 px up; below, each person is a card of labelled lines (the same markup). */}
      <div className="rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm max-sm:block">
          <caption className="sr-only">{t("people.title")}</caption>
          <thead className="border-b border-slate-200 text-slate-600 max-sm:hidden">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium">
                  {column === "actions" ? (
                    <span className="sr-only">{t("people.actions")}</span>
                  ) : (
                    t(`people.${column}`)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="max-sm:block">
            {users.map((p) => (
              <tr
                key={p.name}
                className="border-b border-slate-100 last:border-0 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:py-2"
                data-testid="person-row"
                data-name={p.name}
              >
                <th scope="row" className="px-3 py-2 font-normal max-sm:col-span-2 max-sm:pb-0">
                  <span className="font-medium">{p.display_name}</span>
                  {(p.email || p.username) && (
                    <span className="block text-xs text-slate-600">{p.email ?? p.username}</span>
                  )}
                </th>
                <td className="px-3 py-2 max-sm:py-1">
                  <CellLabel text={t("people.role")} />
                  {p.role ? t(`header.role.${p.role}`) : "—"}
                </td>
                <td className="px-3 py-2 max-sm:py-1">
                  <CellLabel text={t("people.signsInWith")} />
                  {t(p.provider === "oidc" ? "people.sso" : "people.password")}
                </td>
                <td className="px-3 py-2 sm:whitespace-nowrap max-sm:py-1">
                  <CellLabel text={t("people.lastSeen")} />
                  {p.last_seen_at ? formatIsoTime(p.last_seen_at, undefined, locale) : t("people.never")}
                </td>
                <td className="px-3 py-2 max-sm:py-1">
                  <CellLabel text={t("people.status")} />
                  {p.blocked ? (
                    <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-900">{t("people.blocked")}</span>
                  ) : (
                    t("people.active")
                  )}
                </td>
                <td className="px-3 py-2 max-sm:col-span-2">
                  <div className="flex flex-wrap justify-end gap-2 max-sm:justify-start md:flex-nowrap">
                    <HydratedButton
                      className={`${BUTTON} text-sm`}
                      disabled={signOut.isPending}
                      onClick={() => signOut.mutate(p)}
                    >
                      {t("people.signOut")}
                      <span className="sr-only"> {p.display_name}</span>
                    </HydratedButton>
                    {p.name !== me && (
                      <HydratedButton
                        className={`${BUTTON} text-sm`}
                        disabled={block.isPending}
                        onClick={() => block.mutate(p)}
                      >
                        {p.blocked ? t("people.unblock") : t("people.block")}
                        <span className="sr-only"> {p.display_name}</span>
                      </HydratedButton>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="people-history">
        <h2 id="people-history" className="text-lg font-semibold">
          {t("people.history")}
        </h2>
        {events.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("people.noHistory")}</p>
        ) : (
          <ol className="mt-2 space-y-1 text-sm" data-testid="people-history">
            {events.map((e) => (
              <li key={e.id}>
                <span className="text-slate-600">{formatIsoTime(e.at, undefined, locale)}</span>{" "}
                {t(
                  `people.event.${e.kind === "user_blocked" || e.kind === "user_unblocked" ? e.kind : "user_signed_out"}`,
                  {
                    actor: nameOf(e.actor),
                    user: nameOf(e.user),
                  },
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** A cell's column name, shown only where the table is laid out as cards (below 640 px). */
