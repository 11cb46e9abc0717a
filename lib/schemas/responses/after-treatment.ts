import { z } from "zod";
import { INTERVENTION_KINDS, INTERVENTION_RESPONSES } from "@/lib/domain/interventions";
import { ROLES } from "@/lib/domain/codes";
import { agentCode, alertKind, day, id, instant } from "./common";

/** An exam due after the last dose of an agent (docs/api.md, "After treatment"). */
export const FollowUps = z.strictObject({
  from: day,
  to: day,
  followUps: z.array(
    z.strictObject({
      patientId: id,
      mrn: z.string(),
      name: z.string(),
      agent: agentCode,
      dueOn: day,
      monthsAfter: z.number().int(),
      reason: z.string(),
      note: z.string().nullable(),
      lastGrade: z.number().int().nullable(),
      lastDoseOn: day,
    }),
  ),
});

export const Intervention = z.strictObject({
  id,
  version: z.number().int(),
  patientId: id,
  kind: z.enum(INTERVENTION_KINDS),
  startedOn: day,
  endedOn: day.nullable(),
  dose: z.number().nullable(),
  response: z.enum(INTERVENTION_RESPONSES).nullable(),
  notes: z.string().nullable(),
  recordedBy: id,
  recordedAt: instant,
  updatedAt: instant,
});
export const InterventionList = z.strictObject({ interventions: z.array(Intervention) });
export const InterventionResponse = z.strictObject({ intervention: Intervention });
/** `warnings`: what the team should know, e.g. cryotherapy with oxaliplatin in a course. */
export const InterventionRecorded = z.strictObject({ intervention: Intervention, warnings: z.array(z.string()) });

const noteFields = {
  id,
  patientId: id,
  cycleId: id.nullable(),
  alertId: id.nullable(),
  text: z.string(),
  authorId: id,
  authorRole: z.enum(ROLES),
  createdAt: instant,
};
export const NoteList = z.strictObject({
  notes: z.array(z.strictObject({ ...noteFields, authorName: z.string() })),
});
export const NoteAdded = z.strictObject({ note: z.strictObject(noteFields) });

const share = z.number().min(0).max(1);
/** Alert analytics (docs/api.md, "Alert analytics"): shares are 0 to 1, null where nothing was decided. */
export const AlertAnalytics = z.strictObject({
  from: day,
  to: day,
  assessments: z.number().int(),
  rows: z.array(
    z.strictObject({
      kind: alertKind,
      agent: agentCode,
      raised: z.number().int(),
      per100Assessments: z.number().nullable(),
      acknowledged: z.number().int(),
      proceedShare: share.nullable(),
      medianHoursToDecision: z.number().nullable(),
      p90HoursToDecision: z.number().nullable(),
      enteredInErrorShare: share,
    }),
  ),
  revisit: z.array(
    z.strictObject({ kind: alertKind, agent: agentCode, raised: z.number().int(), proceedShare: share }),
  ),
  months: z.array(
    z.strictObject({
      month: z.string().regex(/^\d{4}-\d{2}$/),
      assessments: z.number().int(),
      raised: z.number().int(),
      per100Assessments: z.number().nullable(),
      acknowledged: z.number().int(),
      proceedShare: share.nullable(),
    }),
  ),
});
