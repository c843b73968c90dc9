"use client";
// The Sitoo shipment behind the photos: carrier and tracking, supplier, store, arrival, claim
// deadlines. A side panel: while it loads, fails or has no match the review goes on without it.
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ClaimDeadline } from "@/components/ui/claim-deadline";
import { OutsideText } from "@/components/ui/outside-text";
import { useHydrated } from "@/components/ui/use-hydrated";
import { queries } from "@/lib/api/queries";
import { formatIsoTime } from "@/lib/photos/format";
import { formatDeadlineDay } from "@/lib/shipments/claim-deadline";
import {
  arrivalNote,
  mailtoHref,
  type ShipmentParty,
  type ShipmentRecord,
  shipmentStateLabel,
  trackingHref,
} from "@/lib/shipments/model";

export function useShipmentRecord(shipmentId: string) {
  return useQuery(queries.shipment(shipmentId));
}

export function ShipmentRecordPanel({ shipmentId }: { shipmentId: string }) {
  const { data, error } = useShipmentRecord(shipmentId);
  const t = useTranslations();
  if (error)
    return (
      <p className="text-sm text-slate-600" role="status" data-testid="shipment-record-error">
        {t("record.failed", { reason: error.message })}
      </p>
    );
  const record = data?.shipment;
  if (!record) return null;
  return <RecordPanel record={record} />;
}

function RecordPanel({ record }: { record: ShipmentRecord }) {
  // Below the wide layout the record folds to one line (who, from where, the next deadline) so
  // the photos start on the first screen; the whole record is a tap away.
  const [unfolded, setUnfolded] = useState(false);
  const details = useId();
  // The page's frame and the streamed part both hold a record until React swaps them: ids of their own.
  const heading = useId();
  const t = useTranslations();
  const hydrated = useHydrated();
  const next = record.claim_deadlines
    ? [record.claim_deadlines.carrier, record.claim_deadlines.supplier].sort()[0]!
    : null;
  return (
    <section
      aria-labelledby={heading}
      className="rounded-md border border-slate-200 bg-white p-3 text-sm"
      data-testid="shipment-record"
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h2 id={heading} className="flex flex-wrap items-center gap-2 font-semibold">
          {t("record.title")}
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
            {shipmentStateLabel(t, record.state)}
          </span>
        </h2>
        {!unfolded && (
          <p
            className="min-w-0 text-slate-700 max-sm:order-last max-sm:w-full lg:hidden"
            data-testid="shipment-record-line"
          >
            {record.carrier?.name && <OutsideText text={record.carrier.name} />}
            {record.origin?.name && (
              <>
                {record.carrier?.name ? t("record.carrierFrom") : t("record.fromStart")}
                <OutsideText text={record.origin.name} />
              </>
            )}
            {next && (
              <>
                {" "}
                <ClaimDeadline deadline={next} label={t("record.nextClaim")} />
              </>
            )}
          </p>
        )}
        <button
          type="button"
          className="ml-auto rounded-md px-2 py-1 text-slate-600 underline hover:bg-slate-100 lg:hidden"
          disabled={!hydrated}
          aria-expanded={unfolded}
          aria-controls={details}
          onClick={() => setUnfolded((u) => !u)}
        >
          {unfolded ? t("record.fewer") : t("record.all")}
        </button>
      </div>
      <dl
        id={details}
        className={`mt-2 grid-cols-2 gap-x-4 gap-y-2 md:grid-cols-5 lg:grid lg:grid-cols-1 ${unfolded ? "grid" : "hidden"}`}
      >
        <Carrier record={record} />
        <Party term={t("record.origin")} party={record.origin} testId="shipment-origin" />
        <Party term={t("record.destination")} party={record.destination} testId="shipment-destination" />
        <Arrival record={record} />
        <Deadlines record={record} />
      </dl>
    </section>
  );
}

const TERM = "text-xs font-medium uppercase tracking-wide text-slate-600";

function Carrier({ record }: { record: ShipmentRecord }) {
  const c = record.carrier;
  const href = trackingHref(c?.tracking_url);
  const t = useTranslations();
  return (
    <div data-testid="shipment-carrier">
      <dt className={TERM}>{t("record.carrier")}</dt>
      <dd>
        {c?.name ? <OutsideText text={c.name} /> : <span className="text-slate-500">{t("record.notGiven")}</span>}
        {c?.service && (
          <span className="text-slate-600">
            {" · "}
            <OutsideText text={c.service} />
          </span>
        )}
        {c?.reference && (
          <div>
            {t("record.reference")}{" "}
            <span className="font-mono">
              <OutsideText text={c.reference} />
            </span>
          </div>
        )}
        {href ? (
          <div>
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              className="inline-block py-1 font-medium text-brand-700 underline"
              data-testid="tracking-link"
            >
              <OutsideText text={c?.tracking_url_title || t("record.track")} />
              <span className="sr-only">{t("record.opensCarrier")}</span>
            </a>
          </div>
        ) : (
          c?.tracking_url && (
            <div className="break-all text-slate-600" data-testid="tracking-text">
              {t("record.tracking")} <OutsideText text={c.tracking_url} />
            </div>
          )
        )}
      </dd>
    </div>
  );
}

function Party({ term, party, testId }: { term: string; party: ShipmentParty | null; testId: string }) {
  const mailto = mailtoHref(party?.email);
  const t = useTranslations();
  return (
    <div data-testid={testId}>
      <dt className={TERM}>{term}</dt>
      <dd>
        {party?.name ? (
          <OutsideText text={party.name} />
        ) : (
          <span className="text-slate-500">{t("record.notGiven")}</span>
        )}
        {party?.city && (
          <span className="text-slate-600">
            {", "}
            <OutsideText text={party.city} />
          </span>
        )}
        {party?.contact_name && (
          <div className="text-slate-700">
            <OutsideText text={party.contact_name} />
          </div>
        )}
        {party?.email &&
          (mailto ? (
            <div>
              <a
                href={mailto}
                className="inline-block py-1 break-all text-brand-700 underline"
                data-testid="party-email"
              >
                <OutsideText text={party.email} />
              </a>
            </div>
          ) : (
            <div className="break-all text-slate-600">
              <OutsideText text={party.email} />
            </div>
          ))}
      </dd>
    </div>
  );
}

function Arrival({ record }: { record: ShipmentRecord }) {
  const t = useTranslations();
  const locale = useLocale();
  const note = arrivalNote(t, record.arrival_source);
  return (
    <div data-testid="shipment-arrival">
      <dt className={TERM}>{note ? t("record.arrivalEstimated") : t("record.arrived")}</dt>
      <dd>
        {record.arrived_at ? (
          formatIsoTime(record.arrived_at, undefined, locale)
        ) : (
          <span className="text-slate-500">{t("record.notYet")}</span>
        )}
        {note && <div className="text-slate-600">{note}</div>}
      </dd>
    </div>
  );
}

function Deadlines({ record }: { record: ShipmentRecord }) {
  const d = record.claim_deadlines;
  const t = useTranslations();
  const locale = useLocale();
  return (
    <div data-testid="shipment-deadlines">
      <dt className={TERM}>{t("record.claimBy")}</dt>
      <dd className="space-y-1">
        {d ? (
          <>
            <div>
              {t("record.carrierDeadline")} {formatDeadlineDay(d.carrier, locale)}{" "}
              <ClaimDeadline deadline={d.carrier} />
            </div>
            <div>
              {t("record.supplierDeadline")} {formatDeadlineDay(d.supplier, locale)}{" "}
              <ClaimDeadline deadline={d.supplier} />
            </div>
          </>
        ) : (
          <span className="text-slate-500">{t("record.noArrival")}</span>
        )}
      </dd>
    </div>
  );
}
