// The shipment's record as an outsider sees it: which shipment, the carrier and its reference,
// the supplier, where and when it was received. Nothing internal (no contacts, deadlines or
// quantities). Server component.
import { getFormatter, getTranslations } from "next-intl/server";
import { OutsideText } from "@/components/ui/outside-text";
import type { ShipmentRecord } from "@/lib/shipments/model";

export async function PublicRecord({ shipmentId, record }: { shipmentId: string; record: ShipmentRecord | null }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const rows: [string, string | null][] = [
    [t("link.shipment"), shipmentId],
    [t("link.carrier"), record?.carrier?.name ?? null],
    [t("link.reference"), record?.carrier?.reference ?? null],
    [t("link.supplier"), record?.origin?.name ?? null],
    [t("link.store"), record?.destination?.name ?? null],
    [
      t("link.arrival"),
      record?.arrived_at ? format.dateTime(new Date(record.arrived_at), { dateStyle: "medium" }) : null,
    ],
  ];
  return (
    <section
      aria-labelledby="link-record"
      className="rounded-md border border-slate-200 bg-white p-4"
      data-testid="link-record"
    >
      <h2 id="link-record" className="text-sm font-semibold text-slate-700">
        {t("link.record")}
      </h2>
      <dl className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-x-6 gap-y-2 text-sm">
        {rows
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name}>
              <dt className="text-slate-600">{name}</dt>
              <dd className="font-medium">
                <OutsideText text={value!} />
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
