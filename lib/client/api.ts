// The browser's side of the JSON API: one fetch helper that turns the error shape into an
// exception carrying the server's message and field errors, and `api`, typed end to end by the
// endpoint table. Types only come from the table (`import type`): no schema reaches a bundle.
import type { z } from "zod/mini";
import type { endpoints, PathParams } from "@/lib/schemas/endpoints";
export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
  current?: unknown;
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) {
    throw new ApiRequestError(
      res.status,
      data?.error ?? { code: "unknown", message: `Request failed (${res.status}).` },
    );
  }
  return data as T;
}

type Endpoints = (typeof endpoints)[keyof typeof endpoints];
type RouteOf<D> = D extends { method: infer M extends string; path: infer P extends string } ? `${M} ${P}` : never;

/** An endpoint as "METHOD /path/{param}", exactly as the endpoint table (and OpenAPI) names it. */
export type ApiRoute = RouteOf<Endpoints>;
// A lookup by route, not a filter of the whole table: the checker then never forms the union of
// every endpoint's options, which grew too large for it past 57 endpoints.
type EndpointByRoute = { [K in keyof typeof endpoints as RouteOf<(typeof endpoints)[K]>]: (typeof endpoints)[K] };
type EndpointOf<R extends ApiRoute> = EndpointByRoute[R];

type Schema = z.core.$ZodType;
/** What the endpoint answers on success: its response schema's type (a CSV as text, 204 as null). */
export type ApiAnswer<R extends ApiRoute> = EndpointOf<R>["response"] extends infer S extends Schema
  ? z.output<S>
  : null;
/** The body the endpoint takes, as its schema reads it. */
export type ApiBody<R extends ApiRoute> = EndpointOf<R> extends { body: infer S extends Schema } ? z.input<S> : never;

type Options<D> = (D extends { path: infer P extends string }
  ? keyof PathParams<P> extends never
    ? { params?: undefined }
    : { params: PathParams<P> }
  : never) &
  (D extends { body: infer S extends Schema } ? { body: z.input<S> } : { body?: undefined }) &
  (D extends { query: infer S extends Schema }
    ? { query?: Partial<Record<keyof z.input<S>, string | number>> }
    : { query?: undefined });

/** Options are optional only where the endpoint needs neither a path parameter nor a body. */
type Rest<D> = Record<never, never> extends Options<D> ? [options?: Options<D>] : [options: Options<D>];

/**
 * Calls one endpoint of the table, typed by it: `api("PATCH /api/patients/{id}", { params: { id },
 * body })` needs the id and a patch, and resolves to `{patient}` as the response schema says.
 * Path parameters are encoded; a failure throws ApiRequestError as apiFetch does.
 */
export function api<R extends ApiRoute>(route: R, ...[options]: Rest<EndpointOf<R>>): Promise<ApiAnswer<R>> {
  const [method, template] = route.split(" ") as [string, string];
  const params = (options?.params ?? {}) as Record<string, string>;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const query = Object.entries(options?.query ?? {}).filter(([, v]) => v !== undefined && v !== "");
  const search = query.length ? `?${new URLSearchParams(query.map(([k, v]) => [k, String(v)]))}` : "";
  return apiFetch<ApiAnswer<R>>(path + search, { method, body: options?.body });
}
