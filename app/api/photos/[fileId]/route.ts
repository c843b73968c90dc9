import { apiRoute } from "@/lib/api/route";
import { fileIdSchema, parseInput } from "@/lib/api/schemas";
import { getPhoto } from "@/lib/sitoo/media";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ fileId: string }>({ role: "viewer" }, async ({ params, requestId }) => {
  const fileId = parseInput(fileIdSchema, params.fileId, "file ID");
  return getPhoto(fileId, { requestId });
});
