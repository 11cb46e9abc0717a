// docs/benchmarks.md is written by the benchmarks themselves: each owns one "## " section, which a
// run replaces with its figures, leaving every other section as it was.
import fs from "node:fs";

const DOCS = "docs/benchmarks.md";

/** Replaces the section that starts at `section`'s own "## " heading, or appends it. */
export function writeDocsSection(section: string): void {
  const heading = section.slice(0, section.indexOf("\n"));
  const current = fs.existsSync(DOCS) ? fs.readFileSync(DOCS, "utf8") : "# Benchmarks\n";
  const start = current.indexOf(`${heading}\n`);
  let next: string;
  if (start === -1) next = `${current.trimEnd()}\n\n${section.trim()}\n`;
  else {
    const end = current.indexOf("\n## ", start + heading.length);
    next = current.slice(0, start) + section.trim() + "\n" + (end === -1 ? "" : current.slice(end));
  }
  fs.mkdirSync("docs", { recursive: true });
  fs.writeFileSync(DOCS, next);
  console.log(`bench: wrote "${heading}" in ${DOCS}`);
}
