import { claimReport, downloadRoute } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(claimReport);
