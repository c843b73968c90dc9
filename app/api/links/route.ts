import { linkListQuerySchema } from "@/lib/api/link-schemas";
import { apiRoute } from "@/lib/api/route";
import { parseInput } from "@/lib/api/schemas";
import { listLinks } from "@/lib/links/service";

export const dynamic = "force-dynamic";

/** Every evidence link of the team, newest first: `?status=active|expired|revoked&shipment=&cursor=`. */
export const GET = apiRoute({ role: "viewer" }, async ({ req }) => {
  const q = new URL(req.url).searchParams;
  const query = parseInput(
    linkListQuerySchema,
    { status: q.get("status"), shipment: q.get("shipment"), cursor: q.get("cursor") },
    "link filter",
  );
  return listLinks(query);
});
