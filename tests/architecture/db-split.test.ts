// db/ is split by what a function does to the data (docs/architecture.md, "db/: commands and
// reads"): only a command opens a write transaction, and a read changes nothing, reaches no
// command and reads through one snapshot (readSnapshot), never a transaction of its own making.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WRITE_HELPERS = new Set(["write", "queueWrite"]);
/** What a Drizzle handle changes data or opens a transaction with. */
const CHANGING_CALLS = new Set(["insert", "update", "delete", "run", "transaction", "exec"]);

const productFiles = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], {
  cwd: ROOT,
  encoding: "utf8",
})
  .split("\n")
  .filter((f) => f && fs.existsSync(path.join(ROOT, f)))
  .filter((f) => !f.startsWith("db/migrations/") && !f.startsWith("tests/") && !f.endsWith(".test.ts"));

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
}

/** Each import of the file: the repository path it names (without extension) and the names it takes. */
function importsOf(file: string): { target: string; names: string[] }[] {
  return parse(file)
    .statements.filter(ts.isImportDeclaration)
    .map((statement) => {
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const target = specifier.startsWith("@/")
        ? specifier.slice(2)
        : specifier.startsWith(".")
          ? path.join(path.dirname(file), specifier)
          : specifier;
      const bindings = statement.importClause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((e) => e.name.text) : [];
      return { target, names };
    });
}

function callsOf(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression))
      found.push(node.expression.name.text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

const reads = productFiles.filter((f) => f.startsWith("db/reads/"));

describe("db/ split into commands and reads", () => {
  it("has both halves", () => {
    expect(reads.length).toBeGreaterThan(0);
    expect(productFiles.some((f) => f.startsWith("db/commands/"))).toBe(true);
  });

  it("opens write transactions in commands only: nothing else imports write or queueWrite", () => {
    const writers = productFiles.filter(
      (f) =>
        fs.readFileSync(path.join(ROOT, f), "utf8").includes("client") &&
        importsOf(f).some((i) => i.target === "db/client" && i.names.some((n) => WRITE_HELPERS.has(n))),
    );
    expect(writers.length).toBeGreaterThan(0);
    expect(writers.filter((f) => !f.startsWith("db/commands/"))).toEqual([]);
  });

  it("keeps reads from reaching a command", () => {
    const reaching = reads.flatMap((f) =>
      importsOf(f)
        .filter((i) => i.target.startsWith("db/commands/"))
        .map((i) => `${f} imports ${i.target}`),
    );
    expect(reaching).toEqual([]);
  });

  it("keeps reads from changing data or opening a transaction other than readSnapshot's", () => {
    const changing = reads.flatMap((f) =>
      callsOf(f)
        .filter((name) => CHANGING_CALLS.has(name))
        .map((name) => `${f} calls .${name}()`),
    );
    expect(changing).toEqual([]);
  });
});
