import { z } from "zod";
import { ADL_IMPACTS, ANKLE_REFLEXES } from "@/lib/domain/codes";
import { dayNotAfterToday, freeText, reason, version } from "./common";

// Messages in clinical words with their units: the form shows them beside the field, the API in `fields`.
const SITES_FELT = "Sites felt is a whole number from 0 to 10.";
const SITES_TESTED = "Sites tested is a whole number from 1 to 10.";
const VIBRATION = "Vibration is 0 to 60 seconds.";
const GRADE = "The grade is a whole number from 0 to 4 (CTCAE v5.0).";

const foot = z
  .strictObject({
    felt: z.number().int(SITES_FELT).min(0, SITES_FELT).max(10, SITES_FELT),
    tested: z.number().int(SITES_TESTED).min(1, SITES_TESTED).max(10, SITES_TESTED),
  })
  .refine((f) => f.felt <= f.tested, { path: ["felt"], message: "Sites felt cannot exceed sites tested." })
  .nullable();

const seconds = z.number().min(0, VIBRATION).max(60, VIBRATION).nullable();
const reflex = z.enum(ANKLE_REFLEXES).nullable();
const scale = (name: string, max: number, words = "") => {
  const message = `${name} is a whole number from 0 to ${max}${words}.`;
  return z.number().int(message).min(0, message).max(max, message).nullable();
};
const grade = z.number({ error: "Give the grade." }).int(GRADE).min(0, GRADE).max(4, GRADE);

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
      coldDysesthesia: z.boolean().nullable(),
      balance: z.boolean().nullable(),
      falls: scale("Falls", 1000),
      fineMotor: z.boolean().nullable(),
    })
    .describe("What the patient reports; each item null when not asked (never read as 0)."),
  adlImpact: z.enum(ADL_IMPACTS).nullable(),
  sensoryGrade: grade,
  motorGrade: grade,
  notes: freeText.nullish(),
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

export const AssessmentInput = z
  .strictObject({
    cycleId: z.string().min(1).max(64).nullish(),
    assessedOn: dayNotAfterToday,
    ...FindingsFields,
    /** The patient's self-report the form showed beside its fields (docs/api.md, "Patient self-report"). */
    selfReportId: z.string().min(1).max(64).nullish(),
  })
  .refine(hasAnyMeasurement, { path: ["monofilament"], message: "Record at least one measurement." });
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const AssessmentAmendment = z.strictObject({
  version,
  reason,
  assessedOn: dayNotAfterToday.optional(),
  monofilament: FindingsFields.monofilament.optional(),
  vibration: FindingsFields.vibration.optional(),
  ankleReflex: FindingsFields.ankleReflex.optional(),
  symptoms: FindingsFields.symptoms.optional(),
  adlImpact: FindingsFields.adlImpact.optional(),
  sensoryGrade: grade.optional(),
  motorGrade: grade.optional(),
  notes: freeText.nullish(),
});
export type AssessmentAmendment = z.infer<typeof AssessmentAmendment>;
