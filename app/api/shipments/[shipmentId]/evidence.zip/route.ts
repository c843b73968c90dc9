import { downloadRoute, evidenceZip } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(evidenceZip);
