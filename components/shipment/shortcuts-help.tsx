"use client";
// The list of the review page's keys, in a native modal dialog (focus kept inside, Escape closes).
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

// [the key (a message key when it has words), what it does (a message key)]
const KEYS: [string, string][] = [
  ["j", "next"],
  ["k", "previous"],
  ["shortcuts.openKey", "open"],
  ["← →", "photos"],
  ["+ −", "zoom"],
  ["Esc", "close_"],
  ["?", "help"],
];

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useTranslations();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-full max-w-sm rounded-lg border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-slate-900/60"
    >
      <h2 id="shortcuts-title" className="text-lg font-semibold">
        {t("shortcuts.title")}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {KEYS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs">
                {key.startsWith("shortcuts.") ? t(key) : key}
              </kbd>
            </dt>
            <dd>{t(`shortcuts.${what}`)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
          {t("shortcuts.close")}
        </button>
      </form>
    </dialog>
  );
}
