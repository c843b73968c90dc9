"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { shipmentIdProblem } from "@/lib/photos/shipment-key";

export function LookupForm() {
  const router = useRouter();
  const t = useTranslations();
  const [value, setValue] = useState("");
  const [touched, setTouched] = useState(false);
  const hintId = useId();
  const id = value.trim();
  const problem = shipmentIdProblem(id);
  const showProblem = touched && problem !== null;

  return (
    <form
      className="mt-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!problem) router.push(`/shipments/${encodeURIComponent(id)}`);
      }}
    >
      <label htmlFor="shipment-id" className="block text-sm font-medium">
        {t("lookup.label")}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="shipment-id"
          name="shipmentId"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            if (e.target.value) setTouched(true);
          }}
          aria-invalid={showProblem}
          aria-describedby={hintId}
          autoComplete="off"
          // biome-ignore lint/a11y/noAutofocus: looking a shipment up is what this page is opened for
          autoFocus
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t("lookup.placeholder")}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-base shadow-sm aria-invalid:border-red-500"
        />
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {t("lookup.open")}
        </button>
      </div>
      <p id={hintId} className={`mt-1 text-sm ${showProblem ? "text-red-700" : "text-slate-500"}`}>
        {showProblem && problem ? t(`lookup.problem.${problem}`) : t("lookup.hint")}
      </p>
    </form>
  );
}
