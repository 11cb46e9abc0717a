// GET /api/openapi.json publishes every route file's path and every method it exports, and
// nothing that no route serves; every operation documents its success body from the endpoint's
// response schema; an outside OpenAPI 3.1 validator accepts the document. The contract
// integrators read cannot drift from the code.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpoints } from "@/lib/schemas/endpoints";
import { METHODS, routeFiles, signedIn, useTempDatabase } from "@/lib/testing/api";

let cleanup: () => void;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };
beforeAll(async () => {
  cleanup = useTempDatabase();
  const res = await (await signedIn("pharmacist")).get("/api/openapi.json");
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(() => cleanup());

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema?: object }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: object }> }>;
}

/** "METHOD /path" for each method each route file exports; the catch-all answers unknown paths. */
async function servedOperations(): Promise<string[]> {
  const served: string[] = [];
  for (const route of routeFiles().filter((r) => !r.catchAll)) {
    const mod = (await import(route.file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") served.push(`${method} ${route.pattern}`);
  }
  return served.sort();
}

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

describe("the OpenAPI document", () => {
  it("lists exactly the operations the route files serve", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const documented = operations()
      .map((o) => o.key)
      .sort();
    const served = await servedOperations();
    expect(served.length).toBeGreaterThan(20);
    expect(documented).toEqual(served);
  });

  it("documents a success body with its schema on every operation that answers one (all but 204)", () => {
    const all = operations();
    const withoutBody = all.filter(({ op }) => Object.keys(op.responses).includes("204")).map((o) => o.key);
    // Signing out is the one answer without a body (docs/api.md, "Session and users").
    expect(withoutBody).toEqual(["DELETE /api/session"]);
    const missing = all
      .filter(({ key }) => !withoutBody.includes(key))
      .filter(({ op }) => {
        const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith("2")) ?? [];
        const schemas = Object.values(success?.content ?? {}).map((c) => c.schema);
        return !status || schemas.length === 0 || schemas.some((s) => s === undefined);
      })
      .map((o) => o.key);
    expect(missing).toEqual([]);
    expect(all.length).toBe(Object.keys(endpoints).length);
  });

  it("is accepted by an outside OpenAPI 3.1 validator", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    // And it does refuse: a response without its description is not OpenAPI 3.1.
    const broken = structuredClone(doc);
    delete (broken.paths["/api/health"]!.get!.responses["200"] as { description?: string }).description;
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("holds JSON Schemas (2020-12) that compile, for every request body and every answer", () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const schemas = operations().flatMap(({ op }) =>
      [...Object.values(op.responses), ...(op.requestBody ? [op.requestBody] : [])].flatMap((r) =>
        Object.values(r.content ?? {}).map((c) => c.schema),
      ),
    );
    expect(schemas.length).toBeGreaterThan(Object.keys(endpoints).length);
    for (const schema of schemas) expect(() => ajv.compile(schema!)).not.toThrow();
  });
});
