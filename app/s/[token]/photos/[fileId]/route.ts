import { photoResponse } from "@/lib/evidence/downloads";
import { publicRoute, scopedPhoto } from "@/lib/links/public";

export const dynamic = "force-dynamic";

/** Public: a full-size photo of the link's scope, as staff download it; each one an open. */
export const GET = publicRoute<{ token: string; fileId: string }>("photo", async ({ req, params, link, requestId }) =>
  photoResponse(await scopedPhoto(link, params.fileId, requestId), "full", req.signal),
);
