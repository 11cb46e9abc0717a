import type { ErrorCode } from "@/lib/schemas/responses/common";

const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

export function json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** The one error shape of docs/api.md. */
export function apiError(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
  extra?: Record<string, unknown>,
): Response {
  return json(STATUS[code], { error: { code, message, ...(fields ? { fields } : {}), ...extra } });
}

/** A CSV download: the file's name is the caller's to keep to letters, digits, hyphens and dots. */
export function csvFile(body: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** Any path under /api that no endpoint defines, whatever the method or the caller. */
export function unknownApiPath(): Response {
  return apiError("not_found", "There is no such API route.");
}
