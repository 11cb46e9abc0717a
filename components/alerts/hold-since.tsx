import { TONE_STYLE } from "@/components/dose/agent-state-view";
import type { PatientReview, StandingDecision } from "@/db/reads/patient-summary";
import { formatDay } from "@/lib/dates";
import { neuropathyGrade } from "@/lib/domain/grading";
import { sinceHold, type SinceHold } from "@/lib/domain/hold-review";
import type { GradedExam } from "@/lib/domain/follow-ups";

const LINE = "mt-1 text-sm text-slate-800";

/** "grade 3 on 18 Nov 2026". */
const gradeOn = (exam: GradedExam) => `grade ${exam.grade} on ${formatDay(exam.assessedOn)}`;

/** The exams around the hold (lib/domain/hold-review.ts), or null when no decision on record says when it began. */
export function holdCourse(review: PatientReview, standing: StandingDecision): SinceHold | null {
  if (standing.status !== "held" || !standing.change) return null;
  const exams = review.assessments
    .filter((a) => a.status !== "entered-in-error")
    .map((a) => ({ assessedOn: a.assessedOn, recordedAt: a.recordedAt, grade: neuropathyGrade(a) }));
  return sinceHold(exams, standing.change.at);
}

/**
 * The neuropathy since a hold, beside it: a hold stands until an oncologist lifts it, so once the
 * exams since show it settled to grade 1 or less, the line says to review it, in a box and words.
 */
export function HoldSince({ course }: { course: SinceHold }) {
  const { atHold, latest, settled } = course;
  const from = atHold ? `, from ${gradeOn(atHold)} when held` : "";
  if (!latest) {
    return <p className={LINE}>No exam since the hold{atHold ? ` (${gradeOn(atHold)})` : ""}.</p>;
  }
  if (!settled)
    return (
      <p className={LINE}>
        Since the hold: {gradeOn(latest)}
        {from}.
      </p>
    );
  return (
    // Boxed as a reduction is at the chair (a change to come), not as a hold.
    <p className={`${TONE_STYLE.change} mt-2 text-sm`}>
      <span aria-hidden="true">↓ </span>
      Settled since the hold: {gradeOn(latest)}
      {from}. The labels that hold resume at grade 1 or less: review the hold.
    </p>
  );
}
