import { linkIdSchema } from "@/lib/api/link-schemas";
import { apiRoute } from "@/lib/api/route";
import { parseInput } from "@/lib/api/schemas";
import { revoke } from "@/lib/links/service";

export const dynamic = "force-dynamic";

/** Reviewer: revokes the link at once, on every instance (idempotent) → the Link. */
export const DELETE = apiRoute<{ linkId: string }>({ role: "reviewer" }, async ({ params, user }) =>
  revoke(parseInput(linkIdSchema, params.linkId, "link ID"), user),
);
