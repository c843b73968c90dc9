import { apiRoute } from "@/lib/api/route";
import { parseWorklistQuery } from "@/lib/api/schemas";
import { worklist } from "@/lib/db/worklist";
import { syncStatus } from "@/lib/sync/status";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ role: "viewer" }, async ({ req, user }) => {
  const query = parseWorklistQuery(new URL(req.url));
  // The sync's state rides on the first page only.
  const [page, sync] = await Promise.all([worklist(query, user), query.cursor ? null : syncStatus()]);
  return sync ? { ...page, sync } : page;
});
