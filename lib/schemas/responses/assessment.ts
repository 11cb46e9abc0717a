import { z } from "zod";
import { ADL_IMPACTS, ANKLE_REFLEXES, CYCLE_STATUSES, RECORD_STATUSES } from "@/lib/domain/codes";
import { day, id, instant } from "./common";
import { Alert } from "./alert";
import { Cumulative } from "./course";

// Each measurement null when not done, each symptom null when not asked (docs/api.md, "Assessments").
const foot = z.strictObject({ felt: z.number().int(), tested: z.number().int() }).nullable();
const reflex = z.enum(ANKLE_REFLEXES).nullable();

/** An exam as recorded, with the grade the findings suggest (docs/clinical-rules.md, "Grading"). */
export const Assessment = z.strictObject({
  id,
  version: z.number().int(),
  patientId: id,
  cycleId: id.nullable(),
  status: z.enum(RECORD_STATUSES),
  statusReason: z.string().nullable(),
  assessedOn: day,
  monofilament: z.strictObject({ left: foot, right: foot }),
  vibration: z.strictObject({ left: z.number().nullable(), right: z.number().nullable() }),
  ankleReflex: z.strictObject({ left: reflex, right: reflex }),
  symptoms: z.strictObject({
    numbness: z.number().int().nullable(),
    tingling: z.number().int().nullable(),
    pain: z.number().int().nullable(),
    coldDysesthesia: z.boolean().nullable(),
    balance: z.boolean().nullable(),
    falls: z.number().int().nullable(),
    fineMotor: z.boolean().nullable(),
  }),
  adlImpact: z.enum(ADL_IMPACTS).nullable(),
  sensoryGrade: z.number().int(),
  motorGrade: z.number().int(),
  notes: z.string().nullable(),
  selfReportId: id.nullable(),
  suggestedGrade: z.number().int(),
  suggestion: z.strictObject({
    grade: z.number().int(),
    because: z.array(z.string()),
    notAsked: z.array(z.string()),
    notDone: z.array(z.string()),
  }),
  gradeDeparture: z.strictObject({ suggested: z.number().int(), recorded: z.number().int() }).nullable(),
  recordedBy: id,
  recordedAt: instant,
  updatedAt: instant,
});

/** An exam in the patient's list: its cycle, the cumulative dose on that day, its amendments. */
export const ListedAssessment = Assessment.extend({
  cycle: z
    .strictObject({
      id,
      number: z.number().int(),
      date: day,
      status: z.enum(CYCLE_STATUSES),
      courseId: id,
      courseName: z.string(),
    })
    .nullable(),
  cumulative: Cumulative,
  history: z.array(
    z.strictObject({
      id,
      assessmentId: id,
      version: z.number().int(),
      snapshot: z.unknown(),
      replacedBy: id,
      replacedAt: instant,
      reason: z.string(),
    }),
  ),
});

export const AssessmentList = z.strictObject({ assessments: z.array(ListedAssessment) });
export const AssessmentRecorded = z.strictObject({ assessment: Assessment, alerts: z.array(Alert) });
export const AssessmentResponse = z.strictObject({ assessment: Assessment });
