// The draft checked with the API's own schema. Apart from exam-draft.ts so that what only shows a
// saved exam (the exam card, the cycle page's server render) does not load zod with it; the forms
// that check as the nurse types load it (docs/benchmarks.md, "Route budgets").
import type { z } from "zod/mini";
import { AssessmentInput } from "@/lib/schemas/assessment";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { blank, blankMeasurements, blankMessage, toBody, type ExamDraft } from "./exam-draft";

// A stray letter reads as "not a number": say so in the nurse's words.
const plainMessages: z.core.$ZodErrorMap = (issue) => (issue.code === "invalid_type" ? "Enter a number." : undefined);

export type ExamCheck = { ok: true; input: AssessmentInput } | { ok: false; errors: Record<string, string> };

/** Every measurement entered or marked not done, then the AssessmentInput schema exactly as the server applies it. */
export function checkDraft(draft: ExamDraft, cycleId: string | null): ExamCheck {
  const result = AssessmentInput.safeParse({ ...toBody(draft), cycleId }, { error: plainMessages });
  const blanks = Object.fromEntries(blankMeasurements(draft).map((path) => [path, blankMessage(path)]));
  if (blank(draft.assessedOn)) blanks.assessedOn = "Give the day of the exam.";
  if (result.success && Object.keys(blanks).length === 0) return { ok: true, input: result.data };
  const errors = result.success ? {} : fieldErrors(result.error);
  // "Record at least one measurement" means nothing while some are still blank.
  if (Object.keys(blanks).length > 0) delete errors.monofilament;
  return { ok: false, errors: { ...errors, ...blanks } };
}
