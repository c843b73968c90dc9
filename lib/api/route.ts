import "server-only";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { AppError, toAppError } from "@/lib/api/errors";
import { guardRequest, readJsonBody } from "@/lib/api/request-guard";
import { findBrokenText } from "@/lib/api/text";
import { allows, type Role } from "@/lib/auth/roles";
import { currentSession, type SessionInfo } from "@/lib/auth/session";
import { databaseError } from "@/lib/db/errors";
import { publicOrigin } from "@/lib/server/client-address";
import { describeError, log } from "@/lib/server/log";
import { metrics } from "@/lib/server/metrics.mjs";

/** server.mjs gives every request an id in this header (and logs it); anything else gets its own. */
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Tells server.mjs's request log who asked; it removes the header before the answer goes out. */
export const LOG_USER_HEADER = "x-log-user";

// The shape of every API route: session, then the handler, then our JSON or our error body.

interface Ctx<P> {
  req: Request;
  params: P;
  requestId: string;
  /** The signed-in user: the actor of anything this request records. */
  user: string;
  /** Their role, fixed at sign-in. */
  role: Role;
  /** The whole session (display name, provider, when they signed in). */
  session: SessionInfo;
  /** The JSON body, read no further than 64 KB; broken text (NUL, lone surrogates) is a 400. */
  json(): Promise<unknown>;
}

export interface Access {
  /** The least role that may call the route (lib/auth/roles.ts); the rest get 403 FORBIDDEN. */
  role: Role;
  /** A file the browser downloads: refused when a page on another site asks for it. */
  download?: boolean;
}

type Handler<P> = ((req: Request, ctx: { params: Promise<P> }) => Promise<Response>) & { access: Access };

/**
 * Every data API route: `apiRoute({ role }, handler)`. The session, the role and the request limits
 * are checked here, before the handler, and nowhere else; the declared access rides on the
 * returned function, where lib/api/access.test.ts reads every route's.
 */
export function apiRoute<P>(access: Access, handler: (ctx: Ctx<P>) => Promise<unknown>): Handler<P> {
  const route = async (req: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const given = req.headers.get("x-request-id");
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    const headers: Record<string, string> = { "x-request-id": requestId, "cache-control": "no-store" };
    try {
      // The proxy has already refused anonymous calls; checked again here in case a matcher change
      // ever lets one through. Reading the cookie is cheap, unlike a full auth() round.
      const session = await currentSession(await cookies());
      if (!session) throw new AppError("UNAUTHORIZED", "Sign in to continue.");
      const { user, role } = session;
      headers[LOG_USER_HEADER] = encodeURIComponent(user);
      if (!allows(role, access.role))
        throw new AppError("FORBIDDEN", `Your role (${role}) cannot do this; it needs ${access.role}.`);
      // The limits every request meets, here once rather than in each handler.
      guardRequest({
        method: req.method,
        url: new URL(req.url),
        headers: req.headers,
        publicOrigin: publicOrigin(req.headers),
        download: access.download === true,
      });
      const json = async () => {
        const value = await readJsonBody(req);
        const broken = findBrokenText(value);
        if (broken)
          throw new AppError("INVALID_REQUEST", `Invalid ${broken}: it holds a NUL or an unpaired surrogate.`);
        return value;
      };
      const body = await handler({ req, params: await params, requestId, user, role, session, json });
      if (body instanceof Response) {
        for (const [name, value] of Object.entries(headers)) body.headers.set(name, value);
        return body;
      }
      return Response.json(body, { headers });
    } catch (err) {
      return errorAnswer(err, requestId, headers);
    }
  };
  return Object.assign(route, { access });
}

/**
 * Anything a route threw, as our error body with its status (and Retry-After): an unexpected error
 * is logged and answered as INTERNAL_ERROR. For every route, the public /s/ ones too.
 */
export function errorAnswer(err: unknown, requestId: string, headers: Record<string, string>): Response {
  const error = toAppError(databaseError(err) ?? err);
  metrics().errors.inc({ code: error.code });
  if (error.code === "INTERNAL_ERROR")
    log("error", "unhandled error", { request_id: requestId, error: describeError(err) });
  const all = {
    ...headers,
    ...(error.retryAfterSeconds !== undefined ? { "retry-after": String(error.retryAfterSeconds) } : {}),
  };
  return Response.json(error.toBody(requestId), { status: error.status, headers: all });
}
