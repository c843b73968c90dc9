import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The shape the README's architecture table promises, held by a test: component folders depend
// downward (never on a folder that depends back on them), every API path comes from lib/api, and
// source files stay small.

const ROOT = process.cwd();

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, test);
    return test(name) ? [full] : [];
  });
}

const source = (name: string) => /\.(ts|tsx|mts|mjs)$/.test(name) && !/\.(test|d)\.m?ts$/.test(name);
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** Which component folders each component folder imports (by alias or by a relative path). */
function folderGraph(): Map<string, Set<string>> {
  const base = path.join(ROOT, "components");
  const graph = new Map<string, Set<string>>();
  for (const file of files(base, source)) {
    const from = rel(file).split("/")[1]!;
    const deps = graph.get(from) ?? new Set<string>();
    graph.set(from, deps);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)) {
      let target: string | null = null;
      if (spec!.startsWith("@/components/")) target = spec!.split("/")[2]!;
      else if (spec!.startsWith(".")) {
        const resolved = rel(path.resolve(path.dirname(file), spec!));
        if (resolved.startsWith("components/")) target = resolved.split("/")[1]!;
      }
      if (target && target !== from) deps.add(target);
    }
  }
  return graph;
}

describe("architecture", () => {
  it("component folders import no folder that imports them back, however far round", () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    const cycles: string[] = [];
    const walk = (node: string, trail: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (next === trail[0]) cycles.push([...trail, next].join(" → "));
        else if (!trail.includes(next)) walk(next, [...trail, next]);
      }
    };
    for (const start of graph.keys()) walk(start, [start]);
    expect(cycles).toEqual([]);
  });

  it("every API path the browser uses comes from lib/api (no component writes /api/ itself)", () => {
    const offenders = files(path.join(ROOT, "components"), source).filter((file) =>
      /["'`]\/api\//.test(readFileSync(file, "utf8")),
    );
    expect(offenders.map(rel)).toEqual([]);
  });

  it("no source file in app/, components/ or lib/ grows past 250 lines", () => {
    const long = ["app", "components", "lib"]
      .flatMap((dir) => files(path.join(ROOT, dir), source))
      .filter((file) => readFileSync(file, "utf8").split("\n").length > 251)
      .map(rel);
    expect(long).toEqual([]);
  });
});
