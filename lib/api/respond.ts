import type { ErrorCode, ErrorResponse } from "@/lib/schemas/responses/common";

declare const body: unique symbol;
/**
 * A Response whose body is known to be T, as json(), csvFile(), noContent() and apiError() make
 * them: a route handler's answer is checked at compile time against its endpoint's response
 * schema (lib/api/handler.ts).
 */
export type Answer<T> = Response & { readonly [body]: T };

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  break_glass_required: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  busy: 503,
};

export function json<T>(status: number, payload: T, headers: HeadersInit = {}): Answer<T> {
  return Response.json(payload, { status, headers: { "Cache-Control": "no-store", ...headers } }) as Answer<T>;
}

/** 204: done, nothing to say. */
export function noContent(headers: HeadersInit = {}): Answer<null> {
  return new Response(null, { status: 204, headers }) as Answer<null>;
}

/** The one error shape of docs/api.md. */
export function apiError(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
  extra?: { current: unknown },
): Answer<ErrorResponse> {
  return json(STATUS[code], { error: { code, message, ...(fields ? { fields } : {}), ...extra } });
}

/** A CSV download: the file's name is the caller's to keep to letters, digits, hyphens and dots. */
export function csvFile(text: string, filename: string): Answer<string> {
  return new Response(text, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  }) as Answer<string>;
}

/** Any path under /api that no endpoint defines, whatever the method or the caller. */
export function unknownApiPath(): Answer<ErrorResponse> {
  return apiError("not_found", "There is no such API route.");
}
