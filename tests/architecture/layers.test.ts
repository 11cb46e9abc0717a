// The layers of the code (docs/architecture.md) hold: the boundary lint rule refuses an import that
// runs up, and no module reaches itself again through its imports.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Every rule of the project's config that needs type information, turned off: a probe file is in
 * no program, and only import/no-restricted-paths is asked about here.
 */
async function typeAwareRulesOff(): Promise<Record<string, "off">> {
  const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(path.join(ROOT, "lib/dates.ts"))) as {
    rules: Record<string, unknown>;
    plugins: Record<string, { rules?: Record<string, { meta?: { docs?: { requiresTypeChecking?: boolean } } }> }>;
  };
  const prefix = "@typescript-eslint/";
  const tsRules = config.plugins["@typescript-eslint"]?.rules ?? {};
  return Object.fromEntries(
    Object.keys(config.rules)
      .filter((name) => name.startsWith(prefix) && tsRules[name.slice(prefix.length)]?.meta?.docs?.requiresTypeChecking)
      .map((name) => [name, "off"]),
  );
}

describe("the boundary lint rule", async () => {
  // The project's own eslint.config.mjs, without its type-aware rules.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false } },
      rules: { ...(await typeAwareRulesOff()), "@typescript-eslint/no-unused-vars": "off" },
    },
  });
  async function boundaryFindings(file: string, importLine: string) {
    const [result] = await eslint.lintText(`${importLine}\nexport const probe = 1;\n`, {
      filePath: path.join(ROOT, file),
    });
    return result!.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
  }

  it.each([
    ["lib/domain/probe.ts", 'import { getDb } from "@/db/client";', "pure"],
    ["lib/domain/probe.ts", 'import { redirect } from "next/navigation";', "pure"],
    ["lib/domain/probe.ts", 'import { useState } from "react";', "pure"],
    ["lib/csv.ts", 'import { requirePage } from "@/lib/auth/page";', "pure"],
    ["lib/schemas/probe.ts", 'import { handle } from "@/lib/api/handler";', "pure"],
    ["db/probe.ts", 'import { sessionToken } from "@/lib/auth/session";', "db"],
    ["db/probe.ts", 'import { json } from "../lib/api/respond";', "db"],
    ["db/probe.ts", 'import { AppNav } from "@/components/app-nav";', "db"],
    ["db/probe.ts", 'import { listNotes } from "./reads/notes";', "db"],
    ["db/probe.ts", 'import { addNote } from "@/db/commands/notes";', "db"],
    ["db/reads/probe.ts", 'import { addNote } from "../commands/notes";', "db reads"],
    ["db/reads/probe.ts", 'import { sessionToken } from "@/lib/auth/session";', "db reads"],
    ["db/commands/probe.ts", 'import { json } from "../../lib/api/respond";', "db commands"],
    ["lib/auth/probe.ts", 'import { AppNav } from "@/components/app-nav";', "server"],
    ["lib/client/probe.ts", 'import { getDb } from "@/db/client";', "client"],
    ["components/probe.tsx", 'import Providers from "@/app/providers";', "components"],
  ])("in %s, refuses %s", async (file, importLine, layer) => {
    const findings = await boundaryFindings(file, importLine);
    if (layer === null)
      expect(findings).toEqual([]); // a file outside the listed pure files is not held to them
    else expect(findings).toEqual([expect.stringContaining(`The ${layer} layer imports only from layers below it`)]);
  });

  it.each([
    ["lib/domain/probe.ts", 'import { today } from "@/lib/dates";'],
    ["db/probe.ts", 'import { AGENTS } from "@/lib/domain/agents";'],
    ["db/reads/probe.ts", 'import { readSnapshot } from "../client";'],
    ["db/commands/probe.ts", 'import { requirePatient } from "../reads/patient-row";'],
    ["db/commands/probe.ts", 'import { write } from "@/db/client";'],
    ["lib/auth/probe.ts", 'import { getDb } from "@/db/client";'],
    ["components/probe.tsx", 'import { requirePage } from "@/lib/auth/page";'],
    ["app/probe.tsx", 'import { AppNav } from "@/components/app-nav";'],
    ["lib/domain/probe.test.ts", 'import { normalExam } from "@/lib/testing/exam-body";'],
  ])("in %s, allows %s", async (file, importLine) => {
    expect(await boundaryFindings(file, importLine)).toEqual([]);
  });
});

describe("imports", () => {
  it("form no cycle", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], {
      cwd: ROOT,
      encoding: "utf8",
    })
      .split("\n")
      .filter((f) => f && !f.startsWith("db/migrations/") && fs.existsSync(path.join(ROOT, f)))
      .map((f) => path.join(ROOT, f));
    const config = ts.parseJsonConfigFileContent(
      ts.readConfigFile(path.join(ROOT, "tsconfig.json"), (f) => ts.sys.readFile(f)).config,
      ts.sys,
      ROOT,
    );
    const inRepo = new Set(files);
    const cache = ts.createModuleResolutionCache(ROOT, (f) => f, config.options);
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
      const targets: string[] = [];
      for (const statement of source.statements) {
        // Type-only imports vanish at run time and cannot make a cycle of module evaluation.
        const specifier =
          ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly
            ? statement.moduleSpecifier
            : ts.isExportDeclaration(statement) && !statement.isTypeOnly
              ? statement.moduleSpecifier
              : undefined;
        if (!specifier || !ts.isStringLiteral(specifier)) continue;
        const resolved = ts.resolveModuleName(specifier.text, file, config.options, ts.sys, cache).resolvedModule;
        if (resolved && inRepo.has(resolved.resolvedFileName)) targets.push(resolved.resolvedFileName);
      }
      graph.set(file, targets);
    }
    expect(cycles(graph).map((c) => c.map((f) => path.relative(ROOT, f)))).toEqual([]);
  });
});

/** Strongly connected components of more than one module (Tarjan), or a module importing itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}
