// Evidence packs and claim reports are the heavy answers (many image fetches, a PDF drawn on the
// event loop): at most 2 stream per user and 4 per instance at once; one more is a 429 with
// Retry-After, so one person pressing Download twenty times cannot slow everyone's dashboard.
// The slot is given back when the answer's body ends, fails or is cancelled. Per instance: a
// team behind a load balancer gets 4 per instance it runs. Server-only.
import "server-only";
import { AppError } from "@/lib/api/errors";
import { singleton } from "./singleton";

export const HEAVY_PER_USER = 2;
export const HEAVY_PER_INSTANCE = 4;
const RETRY_AFTER_SECONDS = 10;

interface Slots {
  total: number;
  perUser: Map<string, number>;
}

const slots = () => singleton<Slots>("heavy-work", () => ({ total: 0, perUser: new Map() }));

/** Takes a slot for `user`, or throws 429. Call the returned function once the work is over (idempotent). */
export function takeHeavySlot(user: string): () => void {
  const s = slots();
  const mine = s.perUser.get(user) ?? 0;
  if (mine >= HEAVY_PER_USER)
    throw new AppError(
      "RATE_LIMITED",
      `You already have ${HEAVY_PER_USER} downloads being prepared. Wait for one to finish, then try again.`,
      { retryAfterSeconds: RETRY_AFTER_SECONDS },
    );
  if (s.total >= HEAVY_PER_INSTANCE)
    throw new AppError("RATE_LIMITED", "The dashboard is preparing other downloads. Try again in a few seconds.", {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    });
  s.total++;
  s.perUser.set(user, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    s.total--;
    const left = (s.perUser.get(user) ?? 1) - 1;
    if (left > 0) s.perUser.set(user, left);
    else s.perUser.delete(user);
  };
}

/** The same stream, calling `done` once it has ended, failed or been cancelled. */
export function onStreamEnd(stream: ReadableStream<Uint8Array>, done: () => void): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done: finished, value } = await reader.read();
        if (finished) {
          done();
          controller.close();
        } else controller.enqueue(value);
      } catch (err) {
        done();
        controller.error(err);
      }
    },
    async cancel(reason) {
      done();
      await reader.cancel(reason).catch(() => {});
    },
  });
}

/**
 * Runs `work` (which builds the answer) holding a slot for `user` until the answer's body is
 * over; a failure before the body exists gives the slot back at once.
 */
export async function withHeavySlot(user: string, signal: AbortSignal, work: () => Promise<Response>) {
  const release = takeHeavySlot(user);
  signal.addEventListener("abort", release, { once: true });
  try {
    const res = await work();
    if (!res.body) {
      release();
      return res;
    }
    return new Response(onStreamEnd(res.body, release), { status: res.status, headers: res.headers });
  } catch (err) {
    release();
    throw err;
  }
}
