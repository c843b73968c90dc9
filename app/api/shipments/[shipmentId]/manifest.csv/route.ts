import { downloadHead, downloadRoute, manifestCsv } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(manifestCsv, { heavy: false });
export const HEAD = downloadHead("text/csv; charset=utf-8");
