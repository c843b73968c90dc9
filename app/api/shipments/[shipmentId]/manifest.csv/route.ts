import { downloadRoute, manifestCsv } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(manifestCsv);
