import { apiRoute } from "@/lib/api/route";
import { parseInput, personNameSchema } from "@/lib/api/schemas";
import { signPersonOut } from "@/lib/auth/users";

export const dynamic = "force-dynamic";

/** Admin: ends every session of that person now, on every instance. */
export const POST = apiRoute<{ name: string }>({ role: "admin" }, async ({ params, user }) => {
  const name = parseInput(personNameSchema, params.name, "user name");
  await signPersonOut(user, name);
  return { name, signed_out_at: new Date().toISOString() };
});
