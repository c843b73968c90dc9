import { apiRoute } from "@/lib/api/route";
import { parseWorklistQuery } from "@/lib/api/schemas";
import { worklist } from "@/lib/db/worklist";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async ({ req, user }) => worklist(parseWorklistQuery(new URL(req.url)), user));
