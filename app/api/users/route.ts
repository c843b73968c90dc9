import { apiRoute } from "@/lib/api/route";
import { knownUsers } from "@/lib/auth/users";

export const dynamic = "force-dynamic";

// The people a discrepancy can be assigned to, and who is asking.
export const GET = apiRoute(async ({ user }) => ({ me: user, users: await knownUsers() }));
