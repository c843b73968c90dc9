import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { AppError, toAppError } from "@/lib/api/errors";
import { sessionUser } from "@/lib/auth/session";
import { databaseError } from "@/lib/db/errors";
import { log } from "@/lib/server/log";

// The shape of every API route: session, then the handler, then our JSON or our error body.

interface Ctx<P> {
  req: Request;
  params: P;
  requestId: string;
  /** The signed-in user: the actor of anything this request records. */
  user: string;
}

export function apiRoute<P>(handler: (ctx: Ctx<P>) => Promise<unknown>) {
  return async (req: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const requestId = randomUUID();
    const headers: Record<string, string> = { "x-request-id": requestId, "cache-control": "no-store" };
    try {
      // The proxy has already refused anonymous calls; checked again here in case a matcher change
      // ever lets one through. Reading the cookie is cheap, unlike a full auth() round.
      const user = await sessionUser(await cookies());
      if (!user) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
      const body = await handler({ req, params: await params, requestId, user });
      if (body instanceof Response) {
        for (const [name, value] of Object.entries(headers)) body.headers.set(name, value);
        return body;
      }
      return Response.json(body, { headers });
    } catch (err) {
      const error = toAppError(databaseError(err) ?? err);
      if (error.code === "INTERNAL_ERROR")
        log("error", "unhandled error", { request_id: requestId, error: String(err) });
      if (error.retryAfterSeconds !== undefined) headers["retry-after"] = String(error.retryAfterSeconds);
      return Response.json(error.toBody(requestId), { status: error.status, headers });
    }
  };
}
