import { apiRoute } from "@/lib/api/route";

export const dynamic = "force-dynamic";

/** The signed-in user, as the header shows them. */
export const GET = apiRoute({ role: "viewer" }, async ({ session }) => ({
  name: session.user,
  display_name: session.displayName,
  role: session.role,
  provider: session.provider,
}));
