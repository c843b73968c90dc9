import { apiRoute } from "@/lib/api/route";
import { scorecards } from "@/lib/scorecards/service";

export const dynamic = "force-dynamic";

/** `?by=supplier|carrier|store|sku|reason|month&from=YYYY-MM-DD&to=YYYY-MM-DD` (arrivals; default the last 90 days). */
export const GET = apiRoute({ role: "viewer" }, async ({ req }) => scorecards(new URL(req.url)));
