import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ShipmentReview } from "@/components/shipment/shipment-review";
import { OutsideText } from "@/components/ui/outside-text";
import { queueSearchAnswer } from "@/lib/db/seen-queue";
import { isShipmentId } from "@/lib/photos/shipment-key";
import type { PhotoPage } from "@/lib/photos/types";
import { searchShipmentPhotos } from "@/lib/sitoo/media";

const FIRST_PAGE_DEADLINE_MS = 1_500;

type Props = { params: Promise<{ shipmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { shipmentId } = await params;
  return { title: isShipmentId(shipmentId) ? `Shipment ${shipmentId}` : "Invalid shipment ID" };
}

/** The address's segment as the user typed it: percent-decoded when it decodes, else as it came. */
function asTyped(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export default async function ShipmentPage({ params }: Props) {
  const { shipmentId } = await params;
  if (!isShipmentId(shipmentId)) {
    return (
      <div role="alert" className="mx-auto max-w-xl rounded-md border border-red-200 bg-red-50 p-4 text-red-900">
        <h1 className="text-lg font-semibold">That is not a valid shipment ID</h1>
        <p className="mt-1">
          A shipment ID is 1–64 letters, digits, dashes, underscores or dots. The address asked for{" "}
          <code className="break-all font-mono">
            <OutsideText text={asTyped(shipmentId).slice(0, 100)} />
          </code>
          .
        </p>
        <Link href="/" className="mt-3 inline-block font-medium text-brand-700 underline">
          Look up another shipment
        </Link>
      </div>
    );
  }
  return (
    <Suspense>
      <ShipmentReview shipmentId={shipmentId} firstPage={await firstPage(shipmentId)} />
    </Suspense>
  );
}

// The first page of photos comes with the HTML, so thumbnails start loading before any script
// runs. Bounded: a slow or failing upstream leaves it to the browser, which shows the error.
async function firstPage(shipmentId: string): Promise<PhotoPage | null> {
  try {
    const page = await searchShipmentPhotos(shipmentId, null, {
      requestId: randomUUID(),
      deadlineMs: FIRST_PAGE_DEADLINE_MS,
    });
    queueSearchAnswer(page, false);
    return page;
  } catch {
    return null;
  }
}
