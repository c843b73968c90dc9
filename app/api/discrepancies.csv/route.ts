import { apiRoute } from "@/lib/api/route";
import { parseWorklistQuery } from "@/lib/api/schemas";
import { worklistCsv } from "@/lib/db/worklist";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ role: "viewer", download: true }, async ({ req, user }) =>
  worklistCsv(parseWorklistQuery(new URL(req.url)), user),
);
