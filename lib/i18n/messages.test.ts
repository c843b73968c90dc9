// The message files agree, every key the code asks for exists, and no component renders words
// of its own: a scan of app/ and components/ for text that bypasses next-intl.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import sv from "../../messages/sv.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(at, value);
    else for (const [k, v] of flatten(value, at)) out.set(k, v);
  }
  return out;
}

const EN = flatten(en as Tree);
const SV = flatten(sv as Tree);
const ROOT = path.join(__dirname, "../..");

function sources(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name) && !e.name.includes(".test."))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** The names of a message's arguments and tags: both languages must use the same ones. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  // An argument opens a brace ("{count, plural, ..."); the cases' own braces hold text.
  for (const m of message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)) names.add(m[1]!);
  for (const m of message.matchAll(/<\/?([A-Za-z_][\w]*)>/g)) names.add(`<${m[1]}>`);
  return [...names].sort();
}

/** Source with comments blanked out (line and block comments, and JSX comments). */
function withoutComments(source: string): string {
  return source
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
}

describe("messages", () => {
  it("has every key in both languages, none empty, with the same arguments", () => {
    expect([...SV.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !SV.has(k))).toEqual([]);
    for (const [key, text] of EN) {
      expect(text.trim(), key).not.toBe("");
      expect(SV.get(key)?.trim(), key).not.toBe("");
      expect(argumentsOf(SV.get(key)!), key).toEqual(argumentsOf(text));
    }
  });

  it("has every key the code asks for", () => {
    const missing: string[] = [];
    for (const file of [
      ...sources("app", /\.tsx?$/),
      ...sources("components", /\.tsx?$/),
      ...sources("lib", /\.tsx?$/),
    ]) {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      // t("a.b"), t.rich("a.b"): whole keys.
      for (const m of source.matchAll(/\bt(?:\.rich)?\(\s*"([a-zA-Z][\w.-]*)"/g))
        if (!EN.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      // t(`a.b.${x}`): a prefix that must hold messages.
      for (const m of source.matchAll(/\bt(?:\.rich)?\(\s*`([a-zA-Z][\w.-]*\.)\$\{/g))
        if (![...EN.keys()].some((k) => k.startsWith(m[1]!))) missing.push(`${file}: ${m[1]}*`);
      // Keys kept in a table and passed to t(): "signIn.invalid".
      for (const m of source.matchAll(/"((?:signIn|lookup|shortcuts)\.[a-zA-Z.]+)"/g))
        if (!EN.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("components", () => {
  // What a scan may find that is not words for a user: symbols, units, separators.
  const allowedText = /^[\s\d·—–/|()[\]×…:,.+−%?←→-]*$/;

  it("render no hard-coded words: every user-facing string goes through next-intl", () => {
    const found: string[] = [];
    for (const file of [...sources("app", /\.tsx$/), ...sources("components", /\.tsx$/)]) {
      const source = withoutComments(readFileSync(path.join(ROOT, file), "utf8"));
      // Text between tags: <p>Words</p> (not an arrow's or a comparison's ">", not code).
      for (const m of source.matchAll(/(?<![=-])>([^<>{}]+)</g)) {
        const text = m[1]!.trim();
        if (
          text &&
          /[A-Za-zÅÄÖåäö]{2,}/.test(text) &&
          !allowedText.test(text) &&
          !/[;=&]|\breturn\b|\?\s*\(/.test(text)
        )
          found.push(`${file}: text "${text}"`);
      }
      // Attributes people read: aria-label="Words", title, placeholder, alt, label.
      for (const m of source.matchAll(/\b(aria-label|title|placeholder|alt|label)="([^"]*)"/g))
        if (/[A-Za-z]{2,}/.test(m[2]!)) found.push(`${file}: ${m[1]}="${m[2]}"`);
      // String literals that read as words ("Save claim", "Loading…"), outside class names and keys.
      for (const m of source.matchAll(/(["'`])([A-Z][a-z]+(?: [A-Za-z]+)+[^"'`]*)\1/g))
        found.push(`${file}: literal ${m[0]}`);
      for (const m of source.matchAll(/(["'`])([A-Z][a-z]+[.…!?])\1/g)) found.push(`${file}: literal ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
