// The building blocks of what the API answers (docs/api.md, "Conventions"): the one error shape,
// ids, days and instants. Response schemas live apart from the input schemas so that a form's
// bundle, which imports those, never carries these (they are read by the server, the OpenAPI
// document and the tests; the browser's client imports their types only).
import { z } from "zod";
import { AGENT_CODES } from "@/lib/domain/agents";
import { ALERT_KINDS, DECISIONS } from "@/lib/domain/codes";

export const id = z.string().min(1);
/** A calendar day, YYYY-MM-DD. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, ISO 8601 with its offset. */
export const instant = z.iso.datetime({ offset: true });
export const agentCode = z.enum(AGENT_CODES);
export const alertKind = z.enum(ALERT_KINDS);
export const decision = z.enum(DECISIONS);
/** Who did something, as the pages name them. */
export const person = z.strictObject({ id, displayName: z.string() });

export const ERROR_CODES = [
  "invalid",
  "unauthenticated",
  "forbidden",
  /** 403: the patient is treated only at other sites; give a reason first (docs/sites.md). */
  "break_glass_required",
  "not_found",
  "method_not_allowed",
  "conflict",
  "gone",
  "too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
  /** 503: on PostgreSQL, a write that lost to concurrent ones every time it ran; nothing was changed. */
  "busy",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error shape; `current` is the record as it now is, on a stale `version` (409). */
export const ErrorResponse = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    current: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
