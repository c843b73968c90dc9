// Large photos for evidence-pack tests and benchmarks: valid JPEGs of any size, generated as a
// stream when served, never held in memory. A small real JPEG is grown with comment (COM)
// segments, which every decoder skips; their bytes differ per file, so each has its own hash.
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";

const MAX_SEGMENT = 65_537; // FF FE + 2 length bytes + 65,533 bytes of comment
const FILLER = randomBytes(1 << 20); // one mebibyte of noise, shared; each file starts at its own offset

function segmentSizes(total) {
  const sizes = [];
  let left = total;
  while (left > 0) {
    let size = Math.min(MAX_SEGMENT, left);
    // A segment is at least 4 bytes: never leave a remainder of 1 to 3.
    if (left - size > 0 && left - size < 4) size -= 4;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * The bytes of a `size`-byte JPEG built on `base` (a complete small JPEG), unique to `seed`.
 * `size` must be at least base.length + 4.
 */
export function largeJpegStream(base, size, seed) {
  const fill = size - base.length;
  if (fill < 4) throw new Error("a large photo must be larger than its base image");
  let offset = (seed * 7919) % FILLER.length;
  function* chunks() {
    yield base.subarray(0, 2); // SOI
    for (const segment of segmentSizes(fill)) {
      const header = Buffer.from([0xff, 0xfe, ((segment - 2) >> 8) & 0xff, (segment - 2) & 0xff]);
      yield header;
      let left = segment - 4;
      while (left > 0) {
        const n = Math.min(left, FILLER.length - offset);
        yield FILLER.subarray(offset, offset + n);
        offset = (offset + n) % FILLER.length;
        left -= n;
      }
    }
    yield base.subarray(2);
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 1 << 16 });
}
