// A promise raced against a timer, for server renders that wait a little for Sitoo. Server-only.
import "server-only";

/** The promise's value if it settles within `ms`, else undefined; the promise itself runs on. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
