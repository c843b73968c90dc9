import { photoResponse } from "@/lib/evidence/downloads";
import { publicRoute, scopedPhoto } from "@/lib/links/public";

export const dynamic = "force-dynamic";

/** Public: a thumbnail of the link's scope, through our server (never a Sitoo URL). */
export const GET = publicRoute<{ token: string; fileId: string }>(null, async ({ req, params, link, requestId }) =>
  photoResponse(await scopedPhoto(link, params.fileId, requestId), "thumbnail", req.signal),
);
