// The photo hierarchy's headings and tile lists, shared by the plain and the virtualized grid so
// both give the same headings and accessible names.
import { shortId } from "@/lib/photos/format";
import { reasonLabel } from "@/lib/photos/labels";
import type { Photo } from "@/lib/photos/types";
import { PhotoTile } from "./photo-tile";

export interface TileHandlers {
  onOpen: (fileId: string) => void;
  /** A signed URL failed to load: resolves once the list has been refreshed. */
  onImageError: () => Promise<unknown>;
}

export const Count = ({ n }: { n: number }) => (
  <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700" data-testid="count">
    {n}
  </span>
);

export function SkuHeading({ id, sku, count }: { id: string; sku: string; count: number }) {
  return (
    <h2 id={id} className="flex items-center text-lg font-semibold">
      <span className="font-mono">{sku}</span>
      <Count n={count} />
    </h2>
  );
}

export function ReasonHeading({ id, reasonCode, count }: { id: string; reasonCode: string; count: number }) {
  return (
    <h3 id={id} className="flex items-center font-semibold">
      {reasonLabel(reasonCode)}
      <Count n={count} />
    </h3>
  );
}

export function DiscrepancyHeading({ id, discrepancyId, count }: { id: string; discrepancyId: string; count: number }) {
  return (
    <h4 id={id} className="flex items-center text-sm text-slate-700">
      Discrepancy{" "}
      <span className="ml-1 font-mono" title={discrepancyId}>
        {shortId(discrepancyId)}
      </span>
      <Count n={count} />
    </h4>
  );
}

export function UnrecognisedHeading({ id, count }: { id: string; count: number }) {
  return (
    <>
      <h2 id={id} className="flex items-center text-lg font-semibold">
        Unrecognised key
        <Count n={count} />
      </h2>
      <p className="text-sm text-slate-600">
        These photos belong to this shipment but their key is not shipment|SKU|reason|discrepancy.
      </p>
    </>
  );
}

export function TileList({
  photos,
  className,
  style,
  onOpen,
  onImageError,
}: TileHandlers & { photos: Photo[]; className: string; style?: React.CSSProperties }) {
  return (
    <ul className={className} style={style}>
      {photos.map((p) => (
        <li key={p.file_id}>
          <PhotoTile photo={p} onOpen={onOpen} onImageError={onImageError} />
        </li>
      ))}
    </ul>
  );
}
