// Someone else changed a decision first: what they changed, and a choice to keep theirs or to
// apply mine on top.
import { useTranslations } from "next-intl";
import { describeDifference } from "@/lib/decisions/labels";
import type { Conflict } from "./use-decisions";

export function ConflictPanel({
  conflict,
  onKeepTheirs,
  onApplyMine,
}: {
  conflict: Conflict;
  onKeepTheirs: () => void;
  onApplyMine: () => void;
}) {
  const t = useTranslations();
  const changes = describeDifference(t, conflict.base, conflict.current);
  return (
    <div
      role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950"
      data-testid="decision-conflict"
    >
      <p className="font-semibold">
        {t("conflict.changedBy", { name: conflict.current.updated_by ?? t("conflict.someone") })}
      </p>
      {changes.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="mt-1">{t("conflict.notSaved")}</p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className="rounded-md border border-amber-400 bg-white px-3 py-1.5 font-medium"
          onClick={onKeepTheirs}
        >
          {t("conflict.keepTheirs")}
        </button>
        <button
          type="button"
          className="rounded-md bg-amber-800 px-3 py-1.5 font-medium text-white"
          onClick={onApplyMine}
        >
          {t("conflict.applyMine")}
        </button>
      </div>
    </div>
  );
}
