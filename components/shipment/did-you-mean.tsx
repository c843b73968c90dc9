"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { queries } from "@/lib/api/queries";

/**
 * On a shipment ID with no photos: if its upper-case spelling has photos (IDs are matched exactly,
 * and Sitoo's are upper-case), offer it.
 */
export function DidYouMean({ shipmentId }: { shipmentId: string }) {
  const upper = shipmentId.toUpperCase();
  const other = useQuery({ ...queries.hasPhotos(upper), enabled: upper !== shipmentId });
  const t = useTranslations();
  if (upper === shipmentId || other.data !== true) return null;
  return (
    <p className="mt-3" data-testid="did-you-mean">
      {t.rich("lookup.didYouMean", {
        id: upper,
        link: (chunks) => (
          <Link
            href={`/shipments/${encodeURIComponent(upper)}`}
            className="font-mono font-medium text-brand-700 underline"
          >
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}
