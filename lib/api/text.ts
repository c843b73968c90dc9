// Text that PostgreSQL, JSON logs and e-mail headers cannot carry safely: a NUL character, or a
// UTF-16 surrogate without its pair. Our inputs refuse it (400); text from Sitoo has it replaced
// with U+FFFD before it is stored or written anywhere, so one bad key never stops other rows.
// Shared and pure.

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what we look for
const BROKEN = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what we replace
const BROKEN_ALL = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const REPLACEMENT = "\uFFFD";

/** True when a string holds a NUL or a lone surrogate. */
export function isBrokenText(value: string): boolean {
  return BROKEN.test(value);
}

/** Text from outside (Sitoo) made storable: every NUL and lone surrogate becomes U+FFFD. */
export function cleanText(value: string): string {
  return BROKEN.test(value) ? value.replace(BROKEN_ALL, REPLACEMENT) : value;
}

/**
 * The path of the first broken string in a parsed JSON value (keys included), or null. Walks
 * arrays and plain objects only: what JSON.parse can produce.
 */
export function findBrokenText(value: unknown, path = "body"): string | null {
  if (typeof value === "string") return isBrokenText(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBrokenText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (isBrokenText(key)) return `${path} (a property name)`;
      const found = findBrokenText(inner, `${path}.${key.slice(0, 40)}`);
      if (found) return found;
    }
  }
  return null;
}
