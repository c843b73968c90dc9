import { apiRoute } from "@/lib/api-route";
import { getPhoto } from "@/lib/sitoo/media";
import { fileIdSchema, parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ fileId: string }>(async ({ params, requestId }) => {
  const fileId = parseInput(fileIdSchema, params.fileId, "file ID");
  return getPhoto(fileId, { requestId });
});
