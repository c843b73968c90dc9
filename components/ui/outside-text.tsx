// Outside text (SKUs, reason codes, IDs, file names) on screen: isolated from the text around it,
// with what a reader could not see written out in a marked style (lib/photos/visible-text.ts).
import { useTranslations } from "next-intl";
import { visibleParts } from "@/lib/photos/visible-text";

export function OutsideText({ text }: { text: string }) {
  return (
    <bdi>
      {visibleParts(text).map((part, i) =>
        part.marked ? (
          // Parts never reorder, so their positions are stable keys.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <WrittenOut key={i} text={part.text} />
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
}

/** Characters a reader could not see, written out (rare: only such parts pay for a translation). */
function WrittenOut({ text }: { text: string }) {
  const t = useTranslations();
  return (
    <span
      className="rounded-sm bg-amber-100 px-0.5 text-[0.85em] text-amber-900"
      title={t("outsideText.hidden")}
      data-testid="hidden-chars"
    >
      {text}
    </span>
  );
}
