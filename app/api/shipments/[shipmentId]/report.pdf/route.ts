import { claimReport, downloadHead, downloadRoute } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(claimReport, { heavy: true });
export const HEAD = downloadHead("application/pdf");
