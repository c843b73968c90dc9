// Outside text (SKUs, reason codes, IDs, file names) on screen: isolated from the text around it,
// with what a reader could not see written out in a marked style (lib/photos/visible-text.ts).
import { useTranslations } from "next-intl";
import { visibleParts } from "@/lib/photos/visible-text";

export function OutsideText({ text }: { text: string }) {
  const t = useTranslations();
  return (
    <bdi>
      {visibleParts(text).map((part, i) =>
        part.marked ? (
          <span
            // Parts never reorder, so their positions are stable keys.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            className="rounded-sm bg-amber-100 px-0.5 text-[0.85em] text-amber-900"
            title={t("outsideText.hidden")}
            data-testid="hidden-chars"
          >
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </bdi>
  );
}
