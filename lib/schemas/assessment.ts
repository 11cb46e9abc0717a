import * as z from "zod/mini";
import { ADL_IMPACTS, ANKLE_REFLEXES } from "@/lib/domain/codes";
import { dayNotAfterToday, freeText, reason, seenCount, version } from "./common";

// Messages in clinical words with their units: the form shows them beside the field, the API in `fields`.
const SITES_FELT = "Sites felt is a whole number from 0 to 10.";
const SITES_TESTED = "Sites tested is a whole number from 1 to 10.";
const VIBRATION = "Vibration is 0 to 60 seconds.";
const GRADE = "The grade is a whole number from 0 to 4 (CTCAE v5.0).";

const foot = z.nullable(
  z
    .strictObject({
      felt: z.number().check(z.int(SITES_FELT), z.minimum(0, SITES_FELT), z.maximum(10, SITES_FELT)),
      tested: z.number().check(z.int(SITES_TESTED), z.minimum(1, SITES_TESTED), z.maximum(10, SITES_TESTED)),
    })
    .check(z.refine((f) => f.felt <= f.tested, { path: ["felt"], message: "Sites felt cannot exceed sites tested." })),
);

const seconds = z.nullable(z.number().check(z.minimum(0, VIBRATION), z.maximum(60, VIBRATION)));
const reflex = z.nullable(z.enum(ANKLE_REFLEXES));
const scale = (name: string, max: number, words = "") => {
  const message = `${name} is a whole number from 0 to ${max}${words}.`;
  return z.nullable(z.number().check(z.int(message), z.minimum(0, message), z.maximum(max, message)));
};
const grade = z.number({ error: "Give the grade." }).check(z.int(GRADE), z.minimum(0, GRADE), z.maximum(4, GRADE));

export const FindingsFields = {
  monofilament: z.strictObject({ left: foot, right: foot }),
  vibration: z.strictObject({ left: seconds, right: seconds }),
  ankleReflex: z.strictObject({ left: reflex, right: reflex }),
  // A symptom left blank is null, "not asked": it is stored and shown as such, never as 0, and
  // the suggested grade names it (docs/clinical-rules.md, "Grading").
  symptoms: z
    .strictObject({
      numbness: scale("Numbness", 4, " (0 none, 4 very severe)"),
      tingling: scale("Tingling", 4, " (0 none, 4 very severe)"),
      pain: scale("Neuropathic pain", 10),
      coldDysesthesia: z.nullable(z.boolean()),
      balance: z.nullable(z.boolean()),
      falls: scale("Falls", 1000),
      fineMotor: z.nullable(z.boolean()),
    })
    .check(z.describe("What the patient reports; each item null when not asked (never read as 0).")),
  adlImpact: z.nullable(z.enum(ADL_IMPACTS)),
  sensoryGrade: grade,
  motorGrade: grade,
  notes: z.nullish(freeText),
};

type Measured = {
  monofilament: { left: unknown; right: unknown };
  vibration: { left: unknown; right: unknown };
  ankleReflex: { left: unknown; right: unknown };
  symptoms: Record<string, unknown>;
  adlImpact: unknown;
};

/** Any measurement may be left out as not done, but not every one of them (docs/clinical-rules.md, "The bedside exam"). */
export function hasAnyMeasurement(a: Measured): boolean {
  const values = [
    a.monofilament.left,
    a.monofilament.right,
    a.vibration.left,
    a.vibration.right,
    a.ankleReflex.left,
    a.ankleReflex.right,
    ...Object.values(a.symptoms),
    a.adlImpact,
  ];
  return values.some((v) => v !== null && v !== undefined);
}

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const AssessmentInput = z
  .strictObject({
    cycleId: z.nullish(id),
    assessedOn: dayNotAfterToday,
    ...FindingsFields,
    /** The patient's self-report the form showed beside its fields (docs/api.md, "Patient self-report"). */
    selfReportId: z.nullish(id),
    /** The exams of the cycle (not entered in error) the form's screen showed: another since is a 409. */
    examsSeen: seenCount,
  })
  .check(z.refine(hasAnyMeasurement, { path: ["monofilament"], message: "Record at least one measurement." }));
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const AssessmentAmendment = z.strictObject({
  version,
  reason,
  assessedOn: z.optional(dayNotAfterToday),
  monofilament: z.optional(FindingsFields.monofilament),
  vibration: z.optional(FindingsFields.vibration),
  ankleReflex: z.optional(FindingsFields.ankleReflex),
  symptoms: z.optional(FindingsFields.symptoms),
  adlImpact: z.optional(FindingsFields.adlImpact),
  sensoryGrade: z.optional(grade),
  motorGrade: z.optional(grade),
  notes: z.nullish(freeText),
});
export type AssessmentAmendment = z.infer<typeof AssessmentAmendment>;
