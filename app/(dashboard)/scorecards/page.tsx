import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ScorecardsView } from "@/components/scorecards/scorecards-view";
import { scorecardQuerySchema } from "@/lib/scorecards/query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("scorecards.title") };
}

// Every role: which suppliers and carriers cost the most. A query string the page cannot read
// falls back to the defaults (the API itself answers such a query 400).
export default async function ScorecardsPage({
  searchParams,
}: {
  searchParams: Promise<{ by?: string; from?: string; to?: string }>;
}) {
  const t = await getTranslations();
  const q = await searchParams;
  const parsed = scorecardQuerySchema.safeParse({ by: q.by ?? null, from: q.from ?? null, to: q.to ?? null });
  const initial = parsed.success ? parsed.data : scorecardQuerySchema.parse({ by: null, from: null, to: null });
  return (
    <div className="space-y-4">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-semibold">{t("scorecards.title")}</h1>
        <p className="mt-1 text-slate-600">{t("scorecards.intro")}</p>
      </div>
      <ScorecardsView initial={initial} />
    </div>
  );
}
