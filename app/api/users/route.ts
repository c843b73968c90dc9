import { apiRoute } from "@/lib/api/route";
import { allows } from "@/lib/auth/roles";
import { everyone, knownUsers, personEvents } from "@/lib/auth/users";

export const dynamic = "force-dynamic";

// The people a discrepancy can be assigned to, and who is asking; for an admin, everyone with
// their role, how they sign in, when they were last seen and whether they are blocked, and what
// admins did to people.
export const GET = apiRoute({ role: "viewer" }, async ({ user, role }) => {
  if (!allows(role, "admin")) return { me: user, users: await knownUsers() };
  const [users, events] = await Promise.all([everyone(), personEvents()]);
  return { me: user, users, events };
});
