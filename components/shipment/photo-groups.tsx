"use client";

import { PhotoTile } from "@/components/photo/photo-tile";
import { shortId } from "@/lib/photos/format";
import type { PhotoGroups as Groups } from "@/lib/photos/grouping";
import { reasonLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";

export interface GroupsProps {
  groups: Groups;
  onOpen: (fileId: string) => void;
  onStale: () => Promise<unknown>;
  /** Rendered under each SKU heading (the catalog strip). */
  skuAside?: (sku: string) => React.ReactNode;
}

export const Count = ({ n }: { n: number }) => (
  <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="count">
    {n}
  </span>
);

function Tiles({
  photos,
  onOpen,
  onStale,
}: {
  photos: Photo[];
  onOpen: GroupsProps["onOpen"];
  onStale: GroupsProps["onStale"];
}) {
  return (
    <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-6 lg:grid-cols-8">
      {photos.map((p) => (
        <li key={p.file_id}>
          <PhotoTile photo={p} onOpen={onOpen} onStale={onStale} />
        </li>
      ))}
    </ul>
  );
}

export function PhotoGroups({ groups, onOpen, onStale, skuAside }: GroupsProps) {
  return (
    <div className="space-y-8">
      {groups.skus.map((sku) => (
        <section key={sku.sku} data-testid="sku-group" data-sku={sku.sku} aria-labelledby={`sku-${sku.sku}`}>
          <h2 id={`sku-${sku.sku}`} className="flex items-center text-lg font-semibold">
            <span className="font-mono">{sku.sku}</span>
            <Count n={sku.count} />
          </h2>
          {skuAside?.(sku.sku)}
          <div className="mt-3 space-y-5 border-l-2 border-slate-200 pl-4">
            {sku.reasons.map((reason) => (
              <section key={reason.reasonCode} data-testid="reason-group" data-reason={reason.reasonCode}>
                <h3 className="flex items-center font-semibold">
                  {reasonLabel(reason.reasonCode)}
                  <Count n={reason.count} />
                </h3>
                {reason.discrepancies.map((d) => (
                  <div
                    key={d.discrepancyId}
                    className="mt-3"
                    data-testid="discrepancy-group"
                    data-discrepancy={d.discrepancyId}
                  >
                    <h4 className="flex items-center text-sm text-slate-700">
                      Discrepancy{" "}
                      <span className="ml-1 font-mono" title={d.discrepancyId}>
                        {shortId(d.discrepancyId)}
                      </span>
                      <Count n={d.photos.length} />
                    </h4>
                    <Tiles photos={d.photos} onOpen={onOpen} onStale={onStale} />
                  </div>
                ))}
              </section>
            ))}
          </div>
        </section>
      ))}
      {groups.unrecognised.length > 0 && (
        <section data-testid="unrecognised-group" aria-labelledby="unrecognised-heading">
          <h2 id="unrecognised-heading" className="flex items-center text-lg font-semibold">
            Unrecognised key
            <Count n={groups.unrecognised.length} />
          </h2>
          <p className="text-sm text-slate-600">
            These photos belong to this shipment but their key is not shipment|SKU|reason|discrepancy.
          </p>
          <Tiles photos={groups.unrecognised} onOpen={onOpen} onStale={onStale} />
        </section>
      )}
    </div>
  );
}
