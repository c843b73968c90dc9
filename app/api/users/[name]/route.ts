import { apiRoute } from "@/lib/api/route";
import { parseInput, personNameSchema, personPatchSchema } from "@/lib/api/schemas";
import { setPersonBlocked } from "@/lib/auth/users";

export const dynamic = "force-dynamic";

/** Admin: `{ blocked: boolean }`; a block ends the person's sessions at once, on every instance. */
export const PATCH = apiRoute<{ name: string }>({ role: "admin" }, async ({ params, user, json }) => {
  const name = parseInput(personNameSchema, params.name, "user name");
  const { blocked } = parseInput(personPatchSchema, await json(), "change");
  return setPersonBlocked(user, name, blocked);
});
