"use client";
import { useState } from "react";
import type { z } from "zod/mini";
import { ApiRequestError } from "@/lib/client/api";
import { fieldErrors } from "@/lib/schemas/field-errors";

/**
 * The state of a form checked when it is sent, with the API's own schema (loaded then, not with
 * the page: docs/benchmarks.md, "Route budgets"): each field's message, from the check or from
 * the server, and one status line that says what happened.
 */
export function useSentForm(unreachable = "Could not reach the server. Try again.") {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  return {
    errors,
    status,
    setStatus,
    /**
     * The body as `schema` reads it, or null with each field's message shown; the status clears.
     * A refused body puts the cursor in the form's first field with a message, rather than leaving
     * it on the button with the messages somewhere above.
     */
    check: <S extends z.ZodMiniType>(schema: S, body: unknown, form: HTMLFormElement): z.output<S> | null => {
      const parsed = schema.safeParse(body);
      const found = parsed.success ? {} : fieldErrors(parsed.error);
      setErrors(found);
      setStatus(null);
      if (!parsed.success) {
        const fields = [...form.elements] as HTMLInputElement[];
        fields.find((field) => field.name && field.name in found)?.focus();
      }
      return parsed.success ? parsed.data : null;
    },
    /** A body the schema takes but the page knows to be refused, from facts the form holds: each field's message. */
    reject: (fields: Record<string, string>) => {
      setErrors(fields);
      setStatus(null);
    },
    /** A request that failed: the server's messages beside their fields and its reason as the status. */
    refused: (error: Error) => {
      const answer = error instanceof ApiRequestError ? error.body : null;
      setErrors(answer?.fields ?? {});
      setStatus(answer?.message ?? unreachable);
    },
  };
}
