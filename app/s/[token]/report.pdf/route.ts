import { linkReport } from "@/lib/links/downloads";
import { publicRoute } from "@/lib/links/public";
import { withHeavySlot } from "@/lib/server/heavy-work";

export const dynamic = "force-dynamic";

/** Public: the claim report of the link's scope, for the link's party. */
export const GET = publicRoute("report", async ({ req, link, requestId }) =>
  withHeavySlot(`link:${link.id}`, req.signal, () => linkReport(link, requestId, req.signal)),
);
