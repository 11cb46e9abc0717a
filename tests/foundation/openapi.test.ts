// GET /api/openapi.json publishes every route file's path and every method it exports, and
// nothing that no route serves: the contract integrators read cannot drift from the code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { METHODS, routeFiles, signedIn, useTempDatabase } from "@/lib/testing/api";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

/** "METHOD /path" for each method each route file exports; the catch-all answers unknown paths. */
async function servedOperations(): Promise<string[]> {
  const served: string[] = [];
  for (const route of routeFiles().filter((r) => !r.catchAll)) {
    const mod = (await import(route.file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof mod[method] === "function") served.push(`${method} ${route.pattern}`);
  }
  return served.sort();
}

describe("the OpenAPI document", () => {
  it("lists exactly the operations the route files serve", async () => {
    const client = await signedIn("pharmacist");
    const res = await client.get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    const documented = Object.entries(res.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const served = await servedOperations();
    expect(served.length).toBeGreaterThan(20);
    expect(documented).toEqual(served);
  });
});
