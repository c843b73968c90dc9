import { AppError } from "@/lib/api/errors";
import { linkIdSchema } from "@/lib/api/link-schemas";
import { apiRoute } from "@/lib/api/route";
import { parseInput } from "@/lib/api/schemas";
import { db } from "@/lib/db/client";
import { linkById, viewsOf } from "@/lib/db/links";

export const dynamic = "force-dynamic";

/** Every open of the link, newest first: `{ views: [{ at, what, ip, user_agent }] }`. */
export const GET = apiRoute<{ linkId: string }>({ role: "viewer" }, async ({ params }) => {
  const id = parseInput(linkIdSchema, params.linkId, "link ID");
  const store = await db();
  if (!(await linkById(store, id))) throw new AppError("NOT_FOUND", "There is no such link.");
  return { views: await viewsOf(store, id) };
});
