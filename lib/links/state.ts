// Which link a token opens, checked on every request under /s/ (no cache: a revocation holds on
// every instance at once), and the headers every answer there carries. Small on purpose: the
// proxy uses it for the public page. Server-only.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { db } from "@/lib/db/client";
import { linkByHash } from "@/lib/db/links";
import { clientAddress } from "@/lib/server/client-address";
import { redisClient } from "@/lib/server/redis";
import { consumeOr429, memoryLimiter, sharedLimiter } from "@/lib/server/shared-limiter";
import { singleton } from "@/lib/server/singleton";
import type { Link } from "./model";
import { isTokenShaped, tokenHash } from "./token";

export { LINK_HEADERS } from "@/lib/server/security-headers";

/** The link a token names, active or not; null for a token of the wrong shape (no lookup) or unknown. */
export async function linkOfToken(token: string): Promise<Link | null> {
  if (!isTokenShaped(token)) return null;
  return linkByHash(await db(), tokenHash(token));
}

/** The active link a token opens; 404 when there is none, 410 when it was revoked or has expired. */
export async function linkForToken(token: string): Promise<Link> {
  const link = await linkOfToken(token);
  if (!link) throw new AppError("NOT_FOUND", "There is nothing at this address.");
  if (link.status !== "active")
    throw new AppError("LINK_GONE", `This link ${link.status === "revoked" ? "was revoked" : "has expired"}.`);
  return link;
}

/** Requests per minute per token and per address: a page of thumbnails, scrolled, with room to spare. */
export const LINK_REQUESTS_PER_MINUTE = { token: 600, address: 1200 } as const;

const limiters = () =>
  singleton("link-limiters", () => {
    // Counted in Redis when there is one (every instance alike), else per instance in memory: a
    // database write per thumbnail would cost more than the limit saves.
    const make = redisClient() ? sharedLimiter : memoryLimiter;
    return {
      token: make({ name: "link-token", points: LINK_REQUESTS_PER_MINUTE.token, duration: 60 }),
      address: make({ name: "link-address", points: LINK_REQUESTS_PER_MINUTE.address, duration: 60 }),
    };
  });

export async function checkLimits(link: Link, headers: Headers): Promise<void> {
  const l = limiters();
  const message = "Too many requests for this link. Try again shortly.";
  await consumeOr429(l.token, link.id, message);
  await consumeOr429(l.address, clientAddress(headers) ?? "unknown", message);
}
