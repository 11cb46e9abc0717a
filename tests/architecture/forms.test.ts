// A form that the page's code sends (onSubmit) is also a plain HTML form until that code runs. Sent
// before then, by a press of Enter on a slow tablet, a form without a method is a GET: what was
// typed (a password, a reason, a note) goes into the address, the browser's history and the
// server's log. With method="post" it goes in the body of a request the page only shows itself
// again for, and nothing is saved. Forms with no onSubmit (the search and filter forms) are meant
// to be GETs.
//
// Until that code runs, a form's controlled fields are also not yet the page's: when React takes the
// page over it sets each back to the value it holds, and what was typed is gone without a word. So a
// form the page's code sends is a LiveForm (components/ui/live-form.tsx), a POST whose controls are
// disabled until then. The sign-in form alone is a plain POST form: its fields are not controlled
// (React leaves what was typed), and sent before the code runs it signs no one in (e2e/auth.spec.ts).
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

const PLAIN_FORMS_SENT_BY_CODE = ["app/sign-in/sign-in-form.tsx"];

interface FoundForm {
  where: string;
  file: string;
  live: boolean;
  sentByCode: boolean;
  method: string | null;
}

/** Each <form> or <LiveForm> of a file: where it is, whether the page's code sends it, and its method. */
function formsOf(file: string): FoundForm[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(path.join(ROOT, file), "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const forms: FoundForm[] = [];
  const visit = (node: ts.Node) => {
    const opening = ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node) ? node : null;
    const tag = opening?.tagName.getText();
    if (opening && (tag === "form" || tag === "LiveForm")) {
      const attribute = (name: string) =>
        opening.attributes.properties.find(
          (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name,
        );
      const method = attribute("method")?.initializer;
      const live = tag === "LiveForm";
      forms.push({
        where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        file,
        live,
        sentByCode: attribute("onSubmit") !== undefined,
        // A LiveForm is always posted.
        method: live ? "post" : method && ts.isStringLiteral(method) ? method.text : null,
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

  it("are LiveForms, so that nothing typed before the code runs is lost when it does", () => {
    const plain = FORMS.filter((f) => f.sentByCode && !f.live);
    expect(plain.map((f) => f.file)).toEqual(PLAIN_FORMS_SENT_BY_CODE);
  });
});
