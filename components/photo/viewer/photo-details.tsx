// The viewer's details panel: what a reviewer needs first (SKU and product, reason, discrepancy,
// when it was taken, size, status), and the raw identifiers behind "Technical details".
import { OutsideText } from "@/components/ui/outside-text";
import { useShortId } from "@/components/ui/short-id";
import { formatBytes, formatTime } from "@/lib/photos/format";
import { isKnownReason, reasonLabel, statusLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";

export function PhotoDetails({ photo, productName }: { photo: Photo; productName?: string | null }) {
  const short = useShortId();
  const key = photo.key;
  // A photo that never became an image has no meaningful size.
  const size = photo.status === "ready" || (photo.file_size ?? 0) > 0 ? formatBytes(photo.file_size) : "—";
  return (
    <aside
      className="max-h-[40vh] overflow-y-auto border-t border-slate-700 p-4 text-sm lg:max-h-none lg:w-80 lg:border-l lg:border-t-0"
      aria-label="Photo details"
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" data-testid="metadata">
        {key ? (
          <>
            <dt className="text-slate-400">SKU</dt>
            <dd>
              <span className="font-mono">
                <OutsideText text={key.sku} />
              </span>
              {productName && (
                <span className="block text-slate-300">
                  <OutsideText text={productName} />
                </span>
              )}
            </dd>
            <dt className="text-slate-400">Reason</dt>
            <dd>
              {isKnownReason(key.reason_code) ? reasonLabel(key.reason_code) : <OutsideText text={key.reason_code} />}
            </dd>
            <dt className="text-slate-400">Discrepancy</dt>
            <dd className="font-mono">
              <OutsideText text={short(key.discrepancy_id)} />
            </dd>
          </>
        ) : (
          <>
            <dt className="text-slate-400">Key</dt>
            <dd>Not in the shipment|SKU|reason|discrepancy form (see technical details)</dd>
          </>
        )}
        <dt className="text-slate-400">Taken</dt>
        <dd>{formatTime(photo.created_at)}</dd>
        <dt className="text-slate-400">Size</dt>
        <dd>{size}</dd>
        <dt className="text-slate-400">Status</dt>
        <dd>{statusLabel(photo.status)}</dd>
      </dl>
      <details className="mt-3" data-testid="technical-details">
        <summary className="flex min-h-11 cursor-pointer items-center text-slate-300 sm:min-h-0">
          Technical details
        </summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-400">File ID</dt>
          <dd className="break-all font-mono">{photo.file_id}</dd>
          <dt className="text-slate-400">Entity ID</dt>
          <dd className="break-all font-mono">
            <OutsideText text={photo.entity_id} />
          </dd>
          {key && (
            <>
              <dt className="text-slate-400">Discrepancy ID</dt>
              <dd className="break-all font-mono">
                <OutsideText text={key.discrepancy_id} />
              </dd>
            </>
          )}
          <dt className="text-slate-400">Updated</dt>
          <dd>{formatTime(photo.updated_at)}</dd>
        </dl>
      </details>
    </aside>
  );
}
