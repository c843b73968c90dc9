import { linkPack } from "@/lib/links/downloads";
import { publicRoute } from "@/lib/links/public";
import { withHeavySlot } from "@/lib/server/heavy-work";

export const dynamic = "force-dynamic";

/** Public: the evidence pack of the link's scope; at most two stream per link at once. */
export const GET = publicRoute("pack", async ({ req, link, requestId }) =>
  withHeavySlot(`link:${link.id}`, req.signal, () => linkPack(link, requestId, req.signal)),
);
