// Reads a whole body into memory, but never more than a cap: bytes are counted as they arrive, so
// a body without a length (chunked, or a CDN answer without Content-Length) is cut off at the cap
// instead of being buffered whole first. Server-only.
import "server-only";

/** The body's bytes, or null (the stream cancelled) as soon as it passes `maxBytes`. */
export async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
