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

/** A code as the patient may type it: case and spaces do not matter. */
export const selfReportCode = z.pipe(
  z.pipe(
    z.string(),
    z.transform((s: string) => s.replace(/[\s-]/g, "").toUpperCase()),
  ),
  z.string().check(z.length(CODE_LENGTH), z.regex(new RegExp(`^[${CODE_ALPHABET}]+$`))),
);
