// Every /api route answers an anonymous caller 401 in the one error shape, before any validation
// or lookup (docs/api.md), except the public ones (sign-in, the health check) and the catch-all of
// unknown paths, which answers 404 to everyone (issue 15; tests/security/edge.test.ts). The
// routes are found by walking app/api, so a new route file is checked here without touching this
// test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpoints } from "@/lib/schemas/endpoints";
import { routeFiles, useTempDatabase, type RouteFile } from "@/lib/testing/api";

const PUBLIC = new Set(
  Object.values(endpoints)
    .filter((e) => e.access === "public")
    .map((e) => `${e.method} ${e.path}`),
);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

type Handler = (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>;

/** Calls a route module as Next.js does: made-up ids for its params, none at all for a static path. */
async function callAnonymously(route: RouteFile, method: string, handler: Handler, body?: string) {
  const params = Object.fromEntries(
    route.names.map((n) => [n, route.catchAll && n === route.names.at(-1) ? ["made", "up"] : `made-up-${n}`]),
  );
  const url = route.pattern.replace(/\{\.\.\.\w+\}/, "made/up").replace(/\{(\w+)\}/g, "made-up-$1");
  const req = new Request(`http://localhost${url}`, {
    method,
    ...(body === undefined ? {} : { body, headers: { "content-type": "application/json" } }),
  });
  return handler(req, { params: Promise.resolve(route.names.length ? params : undefined) });
}

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

const operations = await Promise.all(
  routeFiles().map(async (route) => {
    const mod = (await import(route.file)) as Record<string, unknown>;
    return HTTP_METHODS.filter((m) => typeof mod[m] === "function").map((method) => ({
      route,
      method,
      handler: mod[method] as Handler,
      name: `${method} ${route.pattern}`,
    }));
  }),
).then((lists) => lists.flat());

describe("anonymous calls", () => {
  it("finds the route files", () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining([...PUBLIC]));
  });

  it.each(operations.filter((o) => !PUBLIC.has(o.name) && !o.route.catchAll).map((o) => [o.name, o] as const))(
    "%s answers 401 before reading the body",
    async (_name, { route, method, handler }) => {
      // A body that is not even JSON: validation would answer 400, so 401 shows it came first.
      const body = ["GET", "HEAD", "OPTIONS"].includes(method) ? undefined : "{not json";
      const res = await callAnonymously(route, method, handler, body);
      expect(res.status).toBe(401);
      if (method === "HEAD") return;
      const json = await res.json();
      expect(json).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
    },
  );

  it("GET /api/health answers 200 to anyone, called as Next.js calls a static route", async () => {
    const health = operations.find((o) => o.name === "GET /api/health")!;
    const res = await callAnonymously(health.route, "GET", health.handler);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
  });
});
