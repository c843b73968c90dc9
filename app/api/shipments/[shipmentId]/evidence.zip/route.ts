import { downloadHead, downloadRoute, evidenceZip } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = downloadRoute(evidenceZip, { heavy: true });
export const HEAD = downloadHead("application/zip");
