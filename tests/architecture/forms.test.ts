// A form that the page's code sends (onSubmit) is also a plain HTML form until that code runs. Sent
// before then, by a press of Enter on a slow tablet, a form without a method is a GET: what was
// typed (a password, a reason, a note) goes into the address, the browser's history and the
// server's log. With method="post" it goes in the body of a request the page only shows itself
// again for, and nothing is saved. Forms with no onSubmit (the search and filter forms) are meant
// to be GETs.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function tsxFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tsx"))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Each <form> of a file: where it is, whether the page's code sends it, and its method. */
function formsOf(file: string): { where: string; sentByCode: boolean; method: string | null }[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const forms: { where: string; sentByCode: boolean; method: string | null }[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText() === "form") {
      const attribute = (name: string) =>
        node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);
      const method = attribute("method")?.initializer;
      forms.push({
        where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        sentByCode: attribute("onSubmit") !== undefined,
        method: method && ts.isStringLiteral(method) ? method.text : null,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return forms;
}

const FORMS = [...tsxFiles("components"), ...tsxFiles("app")].flatMap(formsOf);

describe("forms the page's code sends", () => {
  it("are found by the check", () => {
    expect(FORMS.filter((f) => f.sentByCode).length).toBeGreaterThanOrEqual(17);
    expect(
      FORMS.some((f) => !f.sentByCode && f.method === null),
      "the search forms, GETs",
    ).toBe(true);
  });

  it("are POSTs, so that one sent before the code runs puts nothing typed in the address", () => {
    expect(FORMS.filter((f) => f.sentByCode && f.method !== "post").map((f) => f.where)).toEqual([]);
  });
});
