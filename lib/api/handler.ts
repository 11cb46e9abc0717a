import "server-only";
import * as z from "zod/mini";
import {
  BusyError,
  ConflictError,
  ForbiddenError,
  GoneError,
  InvalidError,
  NotFoundError,
  TooManyError,
} from "@/db/errors";
import type { User } from "@/db/schema";
import { auditPatientRead } from "@/db/commands/patient-read-audit";
import { patientOfEndpoint, patientSiteAccess } from "@/db/reads/sites";
import { sessionTag, sessionToken, userForToken } from "@/lib/auth/session";
import { fieldErrors } from "@/lib/schemas/field-errors";
import type { EndpointDef, PathParams } from "@/lib/schemas/endpoints";
import { hasNonJsonBody, isCrossSiteWrite } from "./request";
import { apiError, type Answer } from "./respond";
import type { ErrorResponse } from "@/lib/schemas/responses/common";

/** Bodies over 1 MB get 413 (docs/api.md). */
export const MAX_BODY_BYTES = 1_000_000;

type Infer<T> = T extends z.core.$ZodType ? z.output<T> : undefined;

export interface Call<D extends EndpointDef> {
  req: Request;
  user: D["access"] extends "public" ? User | null : User;
  params: PathParams<D["path"]>;
  body: Infer<D["body"]>;
  query: Infer<D["query"]>;
}

/** The success body an endpoint's response schema describes (null for 204). */
export type SuccessBody<D extends EndpointDef> = D["response"] extends z.core.$ZodType ? z.input<D["response"]> : null;

/**
 * What a handler may give json() for a body of type T: read-only arrays and objects do, and a
 * loose object's (FHIR's) open index is not asked of the handler's interfaces.
 */
type Sendable<T> = T extends readonly (infer U)[]
  ? readonly Sendable<U>[]
  : T extends object
    ? { readonly [K in keyof T as string extends K ? never : K]: Sendable<T[K]> }
    : T;

/**
 * What a handler may answer: its success body as the response schema says (or, where the
 * endpoint offers one, a CSV), or an error in the one error shape. The compiler checks each
 * handler's body against the schema the OpenAPI document is generated from.
 */
export type Reply<D extends EndpointDef> =
  Answer<Sendable<SuccessBody<D>>> | Answer<ErrorResponse> | (D["alsoCsv"] extends true ? Answer<string> : never);

type RouteContext = { params: Promise<Record<string, string | string[]>> };

class Rejection extends Error {
  constructor(readonly response: Response) {
    super("rejected");
  }
}

async function readJson(req: Request): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new Rejection(apiError("too_large", "The body is over 1 MB."));
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new Rejection(apiError("too_large", "The body is over 1 MB."));
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Rejection(apiError("invalid", "The body is not valid JSON.", { body: "Not valid JSON." }));
  }
}

/** The path of the first text in `value` holding U+0000, as `fields` names it; null when none does. */
function nulCharacterAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path.join(".") || "body" : null;
  if (typeof value !== "object" || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulCharacterAt(inner, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The query or body as the endpoint's schema reads it, or a 400 naming each bad field. Text with
 * U+0000 in it is refused too, whatever the field: PostgreSQL cannot store that character in text
 * or JSON (postgresql.org/docs/current/datatype-character.html), so accepting it on SQLite would
 * make records a network database could not hold (docs/deploy.md).
 */
function parse<S extends z.core.$ZodType>(schema: S, value: unknown): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new Rejection(apiError("invalid", "Some fields are not valid.", fieldErrors(result.error)));
  const nul = nulCharacterAt(result.data);
  if (nul !== null)
    throw new Rejection(
      apiError("invalid", "Some fields are not valid.", { [nul]: "Text may not contain the NUL character (U+0000)." }),
    );
  return result.data;
}

function toResponse(error: unknown): Response {
  if (error instanceof Rejection) return error.response;
  if (error instanceof NotFoundError) return apiError("not_found", error.message);
  if (error instanceof InvalidError) return apiError("invalid", error.message, error.fields);
  if (error instanceof ConflictError)
    return apiError(
      "conflict",
      error.message,
      error.fields,
      error.current === undefined ? undefined : { current: error.current },
    );
  if (error instanceof ForbiddenError) return apiError("forbidden", error.message);
  if (error instanceof GoneError) return apiError("gone", error.message);
  if (error instanceof TooManyError) return apiError("rate_limited", error.message);
  if (error instanceof BusyError) {
    const busy = apiError("busy", error.message);
    busy.headers.set("Retry-After", "1");
    return busy;
  }
  console.error(error);
  return apiError("internal", "Something went wrong on the server; nothing was changed.");
}

/** A read of one patient's record: who looked at whom is audited (db/commands/patient-read-audit.ts). */
const readsPatientRecord = (def: EndpointDef) => def.method === "GET" && def.path.startsWith("/api/patients/{id}");

/**
 * One handler per endpoint: refuse a cross-site write (403, before the session is even read),
 * authenticate (401 before anything else), authorize the role (403), refuse a patient treated only
 * at other sites until a reason is given (403 `break_glass_required`), require a JSON body (415),
 * parse the query and body with the endpoint's zod schemas (400 naming each field, 413 past
 * 1 MB), then run; a refusal from db/ maps to its status in the one error shape (404, 409, 410,
 * 429).
 */
export function handle<D extends EndpointDef>(def: D, run: (call: Call<D>) => Reply<D> | Promise<Reply<D>>) {
  return async (req: Request, ctx: RouteContext): Promise<Response> => {
    try {
      if (isCrossSiteWrite(req))
        return apiError("forbidden", "A write from another site is refused; nothing was changed.");
      const token = sessionToken(req);
      const user = await userForToken(token);
      if (def.access !== "public") {
        if (!user) return apiError("unauthenticated", "Sign in to continue.");
        if (def.access !== "signed-in" && !def.access.includes(user.role)) {
          // "An admin", "An oncologist", "A nurse".
          return apiError("forbidden", `${/^[aeiou]/.test(user.role) ? "An" : "A"} ${user.role} may not do this.`);
        }
      }
      // Next.js resolves `params` to undefined for a route with no dynamic segment.
      const rawParams = (await ctx.params) ?? {};
      const params = Object.fromEntries(
        Object.entries(rawParams).map(([k, v]) => [k, Array.isArray(v) ? v.join("/") : v]),
      );
      // No record's id holds U+0000, and PostgreSQL refuses to compare text with it (see parse).
      if (Object.values(params).some((v) => v.includes("\u0000"))) return apiError("not_found", "No such record.");
      // A patient's record, or a record of one (a cycle, a dose...), is closed to another site's
      // user until a reason is given (docs/sites.md).
      const patientId =
        user && token && params.id && !def.breaksGlass && (await patientOfEndpoint(def.path, params.id));
      if (user && token && patientId) {
        const access = await patientSiteAccess(user, patientId, sessionTag(token));
        if (access.kind === "needs-reason")
          return apiError(
            "break_glass_required",
            "This patient is treated only at other sites: give your reason to open the record (POST /api/patients/{id}/site-access).",
          );
      }
      if (hasNonJsonBody(req, def.body !== undefined))
        return apiError("unsupported_media_type", "Send the body as application/json.");
      const query = def.query ? parse(def.query, Object.fromEntries(new URL(req.url).searchParams)) : undefined;
      const body = def.body ? parse(def.body, await readJson(req)) : undefined;
      const response: Response = await run({ req, user, params, body, query } as Call<D>);
      if (user && token && response.status === 200 && readsPatientRecord(def) && params.id)
        await auditPatientRead(user.id, sessionTag(token), params.id);
      return response;
    } catch (error) {
      return toResponse(error);
    }
  };
}
