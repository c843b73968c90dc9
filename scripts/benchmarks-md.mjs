// Writes one section of BENCHMARKS.md: the text between a pair of `<!-- name -->` markers is
// replaced, the rest of the file is kept. Used by `npm run bench` and `npm run loadtest`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

const FILE = "BENCHMARKS.md";

/** The machine a run was measured on, for the line above each table. */
export function machineLine() {
  const cpu = os.cpus()[0]?.model ?? "?";
  const gib = Math.round(os.totalmem() / 2 ** 30);
  return `${os.cpus().length} cores (${cpu}), ${gib} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
}

/** A Markdown table from a header row and data rows. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function writeBenchmarkSection(name, text) {
  const marker = `<!-- ${name} -->`;
  const doc = existsSync(FILE) ? readFileSync(FILE, "utf8") : "# Benchmarks\n";
  const [before, , after = ""] = doc.includes(marker) ? doc.split(marker) : [`${doc.trimEnd()}\n\n`, "", "\n"];
  writeFileSync(FILE, `${before}${marker}\n${text}\n${marker}${after}`);
}
