import * as z from "zod/mini";
import { ADL_IMPACTS } from "@/lib/domain/codes";
import { CODE_ALPHABET, CODE_LENGTH } from "@/lib/self-report-questions";
import "./common";

const score4 = z.number().check(z.int(), z.minimum(0, "0 to 4."), z.maximum(4, "0 to 4."));
const bothParts = z.strictObject({ feet: score4, hands: score4 });

/** The patient's answers (docs/api.md, "Patient self-report"); the questionnaire page builds exactly this. */
export const SelfReportAnswers = z.strictObject({
  numbness: bothParts,
  tingling: bothParts,
  pain: z.number().check(z.int(), z.minimum(0, "0 to 10."), z.maximum(10, "0 to 10.")),
  coldDysesthesia: z.boolean(),
  balance: z.boolean(),
  fineMotor: z.boolean(),
  falls: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
  adlImpact: z.enum(ADL_IMPACTS),
  comment: z.nullish(z.string().check(z.trim(), z.maxLength(2000, "At most 2,000 characters."))),
});
export type SelfReportAnswers = z.infer<typeof SelfReportAnswers>;

export const SelfReportInput = z.strictObject({ answers: SelfReportAnswers });
export type SelfReportInput = z.infer<typeof SelfReportInput>;

const asTyped = (s: string) => s.replace(/[\s-]/g, "").toUpperCase();

/** A code as the patient may type it: case and spaces do not matter. */
export const selfReportCode = z.pipe(
  z.pipe(z.string(), z.transform(asTyped)),
  z.string().check(z.length(CODE_LENGTH), z.regex(new RegExp(`^[${CODE_ALPHABET}]+$`))),
);

/**
 * What is wrong with a code a patient typed, in words for the patient: too short or too long, or
 * the characters a code never holds (the look-alikes left out of CODE_ALPHABET, as 0 for O). A
 * code of the right length was answered "not a code of 8 letters and digits".
 */
export function codeProblem(typed: string): string {
  const code = asTyped(typed);
  if (code.length !== CODE_LENGTH) return `The code has ${CODE_LENGTH} letters and digits; this has ${code.length}.`;
  const never = [...new Set(code)].filter((c) => !CODE_ALPHABET.includes(c));
  return `A code never holds ${never.join(", ")}: codes leave out letters and digits that look alike, such as O and 0, or S and 5. Check each one against the slip.`;
}
