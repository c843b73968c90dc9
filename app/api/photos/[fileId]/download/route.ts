import { apiRoute } from "@/lib/api/route";
import { fileIdSchema, parseInput } from "@/lib/api/schemas";
import { photoDownload } from "@/lib/evidence/downloads";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ fileId: string }>(
  { role: "viewer", download: true },
  async ({ req, params, requestId }) =>
    photoDownload(parseInput(fileIdSchema, params.fileId, "file ID"), requestId, req.signal),
);
