// The viewer's details panel: the photo's identity, key, status, size and times.
import { OutsideText } from "@/components/ui/outside-text";
import { formatBytes, formatTime } from "@/lib/photos/format";
import { isKnownReason, reasonLabel, statusLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";

export function PhotoDetails({ photo }: { photo: Photo }) {
  const key = photo.key;
  return (
    <aside
      className="border-t border-slate-700 p-4 text-sm lg:w-80 lg:border-l lg:border-t-0"
      aria-label="Photo details"
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1" data-testid="metadata">
        <dt className="text-slate-400">File ID</dt>
        <dd className="break-all font-mono">{photo.file_id}</dd>
        <dt className="text-slate-400">Entity ID</dt>
        <dd className="break-all font-mono">
          <OutsideText text={photo.entity_id} />
        </dd>
        {key && (
          <>
            <dt className="text-slate-400">SKU</dt>
            <dd className="font-mono">
              <OutsideText text={key.sku} />
            </dd>
            <dt className="text-slate-400">Reason</dt>
            <dd>
              {isKnownReason(key.reason_code) ? reasonLabel(key.reason_code) : <OutsideText text={key.reason_code} />}
            </dd>
          </>
        )}
        <dt className="text-slate-400">Status</dt>
        <dd>{statusLabel(photo.status)}</dd>
        <dt className="text-slate-400">Size</dt>
        <dd>{formatBytes(photo.file_size)}</dd>
        <dt className="text-slate-400">Created</dt>
        <dd>{formatTime(photo.created_at)}</dd>
        <dt className="text-slate-400">Updated</dt>
        <dd>{formatTime(photo.updated_at)}</dd>
      </dl>
    </aside>
  );
}
