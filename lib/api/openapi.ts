import { z } from "zod";
import { ErrorResponse } from "@/lib/schemas/responses/common";
import { endpoints, type EndpointDef } from "@/lib/schemas/endpoints";

/** A zod schema as JSON Schema 2020-12, OpenAPI 3.1's own dialect (so without a `$schema` of its own). */
function jsonSchema(schema: z.core.$ZodType, io: "input" | "output") {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  return rest;
}

const CSV = { "text/csv": { schema: { type: "string" } } };

/** The success answer: its body's schema under its media type (and CSV where asked for), or none (204). */
function success(def: EndpointDef) {
  if (def.response === null) return { description: "Done; no body" };
  const body = { schema: jsonSchema(def.response, "output") };
  const content =
    def.mediaType === "text/csv" ? CSV : { [def.mediaType ?? "application/json"]: body, ...(def.alsoCsv ? CSV : {}) };
  return { description: "Success", content };
}

function operation(name: string, def: EndpointDef) {
  const pathParams = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const query = def.query
    ? (jsonSchema(def.query, "input") as { properties?: Record<string, unknown>; required?: string[] })
    : undefined;
  const queryParams = Object.entries(query?.properties ?? {}).map(([key, schema]) => ({
    name: key,
    in: "query",
    required: query?.required?.includes(key) ?? false,
    schema,
  }));
  const access =
    def.access === "public" ? "anyone" : def.access === "signed-in" ? "any signed-in user" : def.access.join(", ");
  return {
    operationId: name,
    summary: def.summary,
    description: `Who may call it: ${access}.`,
    ...(def.access === "public" ? { security: [] } : {}),
    parameters: [...pathParams, ...queryParams],
    ...(def.body
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(def.body, "input") } } } }
      : {}),
    responses: {
      [def.success]: success(def),
      default: {
        description: "An error in the one error shape",
        content: { "application/json": { schema: jsonSchema(ErrorResponse, "output") } },
      },
    },
  };
}

/** The whole API as OpenAPI 3.1, generated from the endpoint table and its zod schemas. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, def] of Object.entries(endpoints) as [string, EndpointDef][]) {
    (paths[def.path] ??= {})[def.method.toLowerCase()] = operation(name, def);
  }
  return {
    openapi: "3.1.0" as const,
    info: { title: "CIPN Watch API", version: "1" },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "cipn_session" } } },
    security: [{ session: [] }],
    paths,
  };
}
