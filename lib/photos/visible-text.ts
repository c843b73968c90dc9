// Outside text (SKUs, reason codes, IDs, file names from store devices and Sitoo) shown as what it
// is. Characters a reader cannot see, or that reorder what follows them, are written out as
// `\u202E`-style escapes: a right-to-left override cannot make "SKU-\u202Egpj.exe" read
// "SKU-exe.jpg", a NUL cannot differ between the server's HTML and the browser (the HTML parser
// turns it into U+FFFD), and leading, trailing or doubled spaces show as ␣. Shared and pure.

// Controls, bidirectional marks and overrides, zero-width and other invisible characters, spaces
// other than U+0020, lone surrogates, and U+FFFD (what a NUL or lone surrogate from Sitoo became
// before it was stored: written out, so the reader sees a character was replaced).
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining marks are listed on purpose
  /\u034F|[\u0000-\u001F\u007F-\u00A0\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFEFF\uFFA0\uFFF0-\uFFFB\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Spaces a reader could miss: at either end, or more than one in a row.
const LOOSE_SPACES = /^ +| +$| {2,}/g;

export interface TextPart {
  text: string;
  /** True for a written-out character the original did not show. */
  marked: boolean;
}

const writeOut = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The text in parts: as it is, and marked escapes for what a reader could not see. */
export function visibleParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const push = (t: string, marked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += t;
    else if (t) parts.push({ text: t, marked });
  };
  let at = 0;
  const hits: [number, string, string][] = [];
  for (const m of text.matchAll(HIDDEN)) hits.push([m.index, m[0], writeOut(m[0])]);
  for (const m of text.matchAll(LOOSE_SPACES)) hits.push([m.index, m[0], "␣".repeat(m[0].length)]);
  hits.sort((a, b) => a[0] - b[0]);
  for (const [index, raw, shown] of hits) {
    if (index < at) continue;
    push(text.slice(at, index), false);
    push(shown, true);
    at = index + raw.length;
  }
  push(text.slice(at), false);
  return parts;
}

/** The same as one string, for names, titles and option labels. */
export function visibleText(text: string): string {
  return visibleParts(text)
    .map((p) => p.text)
    .join("");
}

/**
 * What a reader would take the text to be: hidden characters dropped, spaces collapsed and
 * trimmed. Two SKUs with the same likeness look the same on screen.
 */
export function likeness(text: string): string {
  return text.replace(HIDDEN, "").replace(/\s+/g, " ").trim();
}
