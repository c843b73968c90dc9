import { apiRoute } from "@/lib/api/route";
import { scorecardsCsv } from "@/lib/scorecards/service";

export const dynamic = "force-dynamic";

/** The scorecards as CSV, the same query. */
export const GET = apiRoute({ role: "viewer", download: true }, async ({ req }) => scorecardsCsv(new URL(req.url)));
