import { z } from "zod";
import { endpoints, type EndpointDef } from "./endpoints";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "string" } },
      },
    },
  },
};

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });

function operation(name: string, def: EndpointDef) {
  const pathParams = [...def.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
  const query = def.query
    ? (jsonSchema(def.query) as { properties?: Record<string, unknown>; required?: string[] })
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
      ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(def.body) } } } }
      : {}),
    responses: {
      [def.success]: { description: "Success" },
      default: {
        description: "An error in the one error shape",
        content: { "application/json": { schema: errorSchema } },
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
    openapi: "3.1.0",
    info: { title: "CIPN Watch API", version: "1" },
    components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "cipn_session" } } },
    security: [{ session: [] }],
    paths,
  };
}
