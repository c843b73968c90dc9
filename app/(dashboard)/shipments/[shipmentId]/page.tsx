import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShipmentReview } from "@/components/shipment/shipment-review";
import { OutsideText } from "@/components/ui/outside-text";
import { toAppError } from "@/lib/api/errors";
import { seedState } from "@/lib/api/seed";
import { sessionUser } from "@/lib/auth/session";
import { knownUsers } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { shipmentDecisions } from "@/lib/db/decisions";
import { queueSearchAnswer } from "@/lib/db/seen-queue";
import { isShipmentId } from "@/lib/photos/shipment-key";
import type { FirstPhotoPage } from "@/lib/photos/types";
import { log } from "@/lib/server/log";
import { within } from "@/lib/server/within";
import { searchShipmentPhotos } from "@/lib/sitoo/media";
import { shipmentAnswer } from "@/lib/sync/record";

type Props = { params: Promise<{ shipmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { shipmentId } = await params;
  const t = await getTranslations();
  return {
    title: isShipmentId(shipmentId) ? t("invalidId.pageShipment", { id: shipmentId }) : t("invalidId.pageTitle"),
  };
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
    const t = await getTranslations();
    return (
      <div role="alert" className="mx-auto max-w-xl rounded-md border border-red-200 bg-red-50 p-4 text-red-900">
        <h1 className="text-lg font-semibold">{t("invalidId.title")}</h1>
        <p className="mt-1">
          {t.rich("invalidId.body", {
            typed: () => (
              <code className="break-all font-mono">
                <OutsideText text={asTyped(shipmentId).slice(0, 100)} />
              </code>
            ),
          })}
        </p>
        <Link href="/" className="mt-3 inline-block font-medium text-brand-700 underline">
          {t("reviewError.back")}
        </Link>
      </div>
    );
  }
  // When Sitoo answers quickly, the photos go out with the page's first bytes; otherwise the shell
  // goes out and the first page of photos streams in when Sitoo answers (the review suspends on it).
  // (`within` gives undefined when the wait runs out; the first page itself is never undefined.)
  const first = firstPage(shipmentId);
  const ready = await within(first, FIRST_PAGE_WAIT_MS);
  return <ShipmentReview shipmentId={shipmentId} firstPage={ready ?? first} />;
}

/**
 * How long the page's first bytes wait for Sitoo's first page of photos. A placeholder the browser
 * has painted stays up at least 300 ms (React's streaming keeps a shown fallback that long so that it
 * does not flash), so a first page that comes within this wait is on screen sooner sent with the
 * page than streamed after it; a slower one streams in behind a shell sent this much later.
 */
const FIRST_PAGE_WAIT_MS = 200;

async function firstPage(shipmentId: string): Promise<FirstPhotoPage> {
  const requestId = randomUUID();
  // Asked alongside the photos; each is left to the browser if it fails.
  const decisions = db()
    .then((store) => shipmentDecisions(store, shipmentId))
    .catch(() => null);
  const record = shipmentAnswer(shipmentId, requestId).catch(() => null);
  const users = (async () => {
    const me = await sessionUser(await cookies());
    return me ? { me, users: await knownUsers() } : null;
  })().catch(() => null);
  try {
    const page = await searchShipmentPhotos(shipmentId, null, { requestId });
    queueSearchAnswer(page, false);
    const decided = await decisions;
    // The record (maybe a Sitoo call) and the users come along only if they are already there:
    // the photos never wait for them.
    const [recordNow, usersNow] = await Promise.all([within(record, 0), within(users, 0)]);
    return {
      page,
      seed: seedState(shipmentId, { decisions: decided, record: recordNow ?? null, users: usersNow ?? null }),
    };
  } catch (err) {
    const error = toAppError(err);
    if (error.code === "INTERNAL_ERROR")
      log("error", "first page of photos failed", { request_id: requestId, error: String(err) });
    return { error: { status: error.status, body: error.toBody(requestId) } };
  }
}
