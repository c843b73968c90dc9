"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { readRecent } from "./recent-shipments-storage";

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};
// A stable string snapshot, so React sees "no change" until the list really changes.
const snapshot = () => JSON.stringify(readRecent(window.localStorage));

export function RecentShipments() {
  const t = useTranslations();
  const recent = JSON.parse(useSyncExternalStore(subscribe, snapshot, () => "[]")) as string[];
  if (recent.length === 0) return null;
  return (
    <section className="mt-10" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        {t("lookup.recent")}
      </h2>
      <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {recent.map((id) => (
          <li key={id}>
            <Link href={`/shipments/${encodeURIComponent(id)}`} className="block px-3 py-2 font-mono hover:bg-slate-50">
              {id}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
