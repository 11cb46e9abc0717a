// A hold waits for the neuropathy to settle. The labels that hold resume once it is grade 1 or
// less (nab-paclitaxel, bortezomib "when resolved", brentuximab vedotin; thalidomide only back at
// baseline), and a hold stands until an oncologist proceeds or reduces (docs/clinical-rules.md,
// "Decisions reach the next dose"): nothing lifts it by itself, so the review page says when the
// exams since the hold call for a look.
import type { GradedExam } from "./follow-ups";
import { neuropathyGrade } from "./grading";

/** The grade at or below which the labels that hold resume the agent. */
export const RESUMES_AT_GRADE = 1;

export interface HoldExam extends GradedExam {
  /** When the exam was saved (ISO instant): a re-exam the day of the hold comes after it. */
  recordedAt: string;
}

export interface SinceHold {
  /** The latest exam saved before the hold was decided: what it was decided on. */
  atHold: HoldExam | null;
  /** The latest exam, when it was saved after the hold was decided. */
  latest: HoldExam | null;
  /**
   * The latest exam is at grade 1 or less and below the grade the hold was decided on: time for
   * the oncologist to review it. Below, not just at: a hold decided at grade 1 (thalidomide's)
   * waits for grade 0.
   */
  settled: boolean;
}

/** A stored exam as sinceHold reads it: its day, when it was saved, and the grade the rules use. */
export function holdExam(exam: {
  assessedOn: string;
  recordedAt: string;
  sensoryGrade: number;
  motorGrade: number;
}): HoldExam {
  return { assessedOn: exam.assessedOn, recordedAt: exam.recordedAt, grade: neuropathyGrade(exam) };
}

/** Exam order: by the day examined, then by when saved. */
const examOrder = (a: HoldExam, b: HoldExam) =>
  a.assessedOn.localeCompare(b.assessedOn) || a.recordedAt.localeCompare(b.recordedAt);

/** The exams around a hold decided at `heldAt` (an ISO instant): the grade then, the grade now. */
export function sinceHold(exams: readonly HoldExam[], heldAt: string): SinceHold {
  const ordered = [...exams].sort(examOrder);
  const atHold = ordered.filter((e) => e.recordedAt <= heldAt).at(-1) ?? null;
  const last = ordered.at(-1);
  const latest = last && last.recordedAt > heldAt ? last : null;
  const settled =
    latest !== null && latest.grade <= RESUMES_AT_GRADE && (atHold === null || latest.grade < atHold.grade);
  return { atHold, latest, settled };
}
