import { TONE_STYLE } from "@/components/dose/agent-state-view";
import { agentName } from "@/components/patient/format";
import { standingDecision, type PatientReview, type StandingDecision } from "@/db/reads/patient-summary";
import { formatDateTime, formatDay } from "@/lib/dates";
import { holdExam, sinceHold, type HoldExam, type SinceHold } from "@/lib/domain/hold-review";

const LINE = "mt-1 text-sm text-slate-800";

/**
 * "grade 3 on 18 Nov 2026"; with the time it was saved when the hold and the exam since fall on
 * one day ("grade 1 on 3 Dec 2026, 15:05 CET"), as two exams of a day read alike otherwise.
 */
const gradeOn = (exam: HoldExam, withTime: boolean) =>
  `grade ${exam.grade} on ${withTime ? formatDateTime(exam.recordedAt) : formatDay(exam.assessedOn)}`;

/** The exams around the hold (lib/domain/hold-review.ts), or null when no decision on record says when it began. */
export function holdCourse(review: PatientReview, standing: StandingDecision): SinceHold | null {
  if (standing.status !== "held" || !standing.change) return null;
  const exams = review.assessments.filter((a) => a.status !== "entered-in-error").map(holdExam);
  return sinceHold(exams, standing.change.at);
}

/** "grade 1 on 3 Dec 2026, from grade 3 on 18 Nov 2026 when held": the grade now and at the hold. */
export function sinceText({ atHold, latest }: SinceHold): string {
  if (!latest) return "";
  const sameDay = atHold !== null && atHold.assessedOn === latest.assessedOn;
  return `${gradeOn(latest, sameDay)}${atHold ? `, from ${gradeOn(atHold, sameDay)} when held` : ""}`;
}

/**
 * The neuropathy since a hold, beside it: a hold stands until an oncologist lifts it, so once the
 * exams since show it settled to grade 1 or less, the line says to review it, in a box and words.
 */
export function HoldSince({ course }: { course: SinceHold }) {
  const { atHold, latest, settled } = course;
  if (!latest) {
    return <p className={LINE}>No exam since the hold{atHold ? ` (${gradeOn(atHold, false)})` : ""}.</p>;
  }
  const since = sinceText(course);
  if (!settled) return <p className={LINE}>Since the hold: {since}.</p>;
  return (
    // Boxed as a reduction is at the chair (a change to come), not as a hold.
    <p className={`${TONE_STYLE.change} mt-2 text-sm`}>
      <span aria-hidden="true">↓ </span>
      Settled since the hold: {since}. A hold is lifted at grade 1 or less, for some agents at a lower dose: check the
      plan, and review the hold.
    </p>
  );
}

/** Each agent on hold with the grade since it, for the printed summary: the paper goes where the page does not. */
export function HeldAgentsSince({ review }: { review: PatientReview }) {
  return review.agents.map(({ code }) => {
    const standing = standingDecision(review, code);
    const course = standing && holdCourse(review, standing);
    return (
      course && (
        <div key={code} className="mt-1">
          <h3 className="text-sm font-medium">{agentName(code)} on hold</h3>
          <HoldSince course={course} />
        </div>
      )
    );
  });
}
