import { randomUUID } from "node:crypto";
import { handlers, signInKeys, signInLimiter } from "@/lib/auth";
import { AppError } from "@/lib/errors";

export const { GET } = handlers;

// Password sign-ins over HTTP answer 429 with Retry-After once an account or an address has
// failed five times in a minute. (The sign-in page's form meets the same limiter inside
// `authorize` and shows a message instead.)
export async function POST(req: Request): Promise<Response> {
  if (new URL(req.url).pathname.endsWith("/callback/credentials")) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const username = typeof form?.get("username") === "string" ? String(form.get("username")) : "";
    const wait = signInLimiter.retryAfter(signInKeys(username, req.headers));
    if (wait > 0) {
      const error = new AppError("RATE_LIMITED", "Too many failed sign-in attempts. Try again later.");
      return Response.json(error.toBody(randomUUID()), { status: 429, headers: { "retry-after": String(wait) } });
    }
  }
  return handlers.POST(req as Parameters<typeof handlers.POST>[0]);
}
