// The queries of db/commands and db/reads are written once for SQLite and PostgreSQL (issue 18;
// docs/architecture.md, "Transactions"): a query builder is awaited, never run by `.get()`,
// `.all()` or `.run()`, which exist on Drizzle's SQLite builders only; SQL written out goes
// through db/dialect-sql.ts (rawRows), never SQLite's `tx.all(sql...)`; and what a write changed
// is read from `.returning()`, never from a driver's own result (SQLite's `changes`,
// PostgreSQL's `rowCount`). And a test looks into its database through lib/testing/sql.ts, never
// through the SQLite file's own handles, which on the PostgreSQL run (vitest.postgres.config.ts)
// would open a SQLite file the app never wrote to.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { SQLITE_ONLY as SQLITE_ONLY_TESTS } from "../../vitest.postgres.config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SQLITE_ONLY = new Set(["get", "all", "run"]);
const DRIVER_RESULTS = new Set(["changes", "lastInsertRowid", "rowCount"]);
/** The methods a Drizzle query is built with: a chain holding one of them is a query. */
const BUILDER = new Set([
  "select",
  "selectDistinct",
  "insert",
  "update",
  "delete",
  "from",
  "where",
  "values",
  "set",
  "returning",
  "orderBy",
  "groupBy",
  "limit",
  "offset",
  "innerJoin",
  "leftJoin",
  "onConflictDoNothing",
  "onConflictDoUpdate",
]);

/** The method names along a call chain, from `receiver` down to its root. */
function chainOf(receiver: ts.Expression): string[] {
  const names: string[] = [];
  let node: ts.Expression = receiver;
  for (;;) {
    if (ts.isCallExpression(node) || ts.isNonNullExpression(node) || ts.isParenthesizedExpression(node))
      node = node.expression;
    else if (ts.isPropertyAccessExpression(node)) {
      names.push(node.name.text);
      node = node.expression;
    } else return names;
  }
}

/** Each `.get()`, `.all()` or `.run()` called on a query builder, as "file:line text". */
function sqliteOnlyCalls(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      node.arguments.length === 0 &&
      ts.isPropertyAccessExpression(node.expression) &&
      SQLITE_ONLY.has(node.expression.name.text) &&
      chainOf(node.expression.expression).some((name) => BUILDER.has(name))
    ) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      found.push(`${file}:${line} .${node.expression.name.text}()`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** SQL run through SQLite's own handle methods, and a driver's own write result read, as "file:line text". */
function driverSpecific(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      SQLITE_ONLY.has(node.expression.name.text) &&
      node.arguments.some((a) => ts.isTaggedTemplateExpression(a))
    )
      found.push(`${at(node)} .${node.expression.name.text}(sql\`…\`)`);
    if (ts.isPropertyAccessExpression(node) && DRIVER_RESULTS.has(node.name.text))
      found.push(`${at(node)} .${node.name.text}`);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The TypeScript files under `dirs`, committed or not (git's list, without what .gitignore hides). */
const sourceFilesUnder = (...dirs: string[]) =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", ...dirs], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => /\.tsx?$/.test(f) && fs.existsSync(path.join(ROOT, f)));

const queryFiles = sourceFilesUnder("db/commands", "db/reads");

describe("queries in db/commands and db/reads", () => {
  it("are found by the check: a builder run by .get(), .all() or .run() is named", () => {
    const source = `
      const one = tx.select().from(patients).where(eq(patients.id, id)).get();
      const many = tx.select().from(patients).all();
      tx.insert(auditLog).values(entry).run();
      const fine = (await tx.select().from(patients).limit(1))[0];
      const notAQuery = byId.get(id) ?? byId.set(id, []).get(id);`;
    expect(sqliteOnlyCalls("example.ts", source)).toEqual([
      "example.ts:2 .get()",
      "example.ts:3 .all()",
      "example.ts:4 .run()",
    ]);
  });

  it("are found by the second check: SQL through SQLite's handle, a driver's write result", () => {
    const source = `
      const rows = tx.all<Row>(sql\`SELECT 1\`);
      const one = db.get(sql\`SELECT min(given_on) FROM doses\`);
      if (updated.changes === 0) insert();
      const fine = await rawRows(tx, sql\`SELECT 1\`);
      const alsoFine = (await tx.update(t).set(v).returning({ id: t.id })).length;`;
    expect(driverSpecific("example.ts", source)).toEqual([
      "example.ts:2 .all(sql`…`)",
      "example.ts:3 .get(sql`…`)",
      "example.ts:4 .changes",
    ]);
  });

  it("run SQL written out through db/dialect-sql.ts, and read what a write changed from .returning()", () => {
    const found = queryFiles.flatMap((f) => driverSpecific(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("are awaited, never run by SQLite's .get(), .all() or .run()", () => {
    expect(queryFiles.length).toBeGreaterThan(30);
    const found = queryFiles.flatMap((f) => sqliteOnlyCalls(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });
});

/** The SQLite file's handles in db/client.ts: on PostgreSQL they open a SQLite file of their own. */
const SQLITE_HANDLES = new Set(["getSqlite", "getDb"]);

/** Each SQLite handle imported from db/client, as "file:line name". */
function sqliteHandleImports(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)db\/client$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const name = (element.propertyName ?? element.name).text;
      if (!SQLITE_HANDLES.has(name)) continue;
      const line = sf.getLineAndCharacterOfPosition(element.getStart(sf)).line + 1;
      found.push(`${file}:${line} ${name}`);
    }
  }
  return found;
}

const testingFiles = sourceFilesUnder("tests", "lib/testing");

describe("tests that run on both databases", () => {
  it("are found by the check: a SQLite handle imported from db/client is named", () => {
    const source = `
      import { closeDb, getSqlite } from "@/db/client";
      import { getDb as handle } from "../../db/client";
      import { openDb } from "@/db/client";
      const text = 'import { getDb } from "@/db/client";';`;
    expect(sqliteHandleImports("example.ts", source)).toEqual(["example.ts:2 getSqlite", "example.ts:3 getDb"]);
  });

  it("look into the database through testSql, never the SQLite handles, but for the SQLite-only ones", () => {
    expect(testingFiles.length).toBeGreaterThan(50);
    const allowed = new Set([...Object.keys(SQLITE_ONLY_TESTS), "lib/testing/sql.ts"]);
    const found = testingFiles
      .filter((f) => !allowed.has(f))
      .flatMap((f) => sqliteHandleImports(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });
});
