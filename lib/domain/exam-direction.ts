// Which way each finding of the bedside exam moved between two exams, for the marks beside the
// latest exam (docs/clinical-rules.md, "Worsening"). The examined findings use the progression
// thresholds both ways, so a site or a second of noise reads as a change, not as better or worse;
// what the patient reports has no threshold, so any step on its scale counts.
import { ADL_IMPACTS } from "./codes";
import type { ExamFindings } from "./records";
import { changesBetween, type Change } from "./worsening";

/** The findings the comparison shows, one row each. */
export const COMPARED_FINDINGS = ["grade", "monofilament", "vibration", "reflex", "symptoms", "adl"] as const;
export type ComparedFinding = (typeof COMPARED_FINDINGS)[number];

/** "mixed": one side or one scale better and another worse; "none": no step that counts either way. */
export type Direction = "worse" | "better" | "mixed" | "none";

const fromSteps = (worse: boolean, better: boolean): Direction =>
  worse && better ? "mixed" : worse ? "worse" : better ? "better" : "none";

/** Whether any of these progression changes belongs to the finding ("monofilament:left" to "monofilament"). */
export const progressesIn = (finding: ComparedFinding, changes: readonly Change[]) =>
  changes.some((c) => c.track.split(":")[0] === finding);

const tracks = (finding: ComparedFinding, earlier: ExamFindings, later: ExamFindings) =>
  progressesIn(finding, changesBetween(earlier, later));

/** The scales the patient reports on, worse when higher; a scale not asked in either exam is skipped. */
function reported(finding: "symptoms" | "adl", e: ExamFindings): (number | null)[] {
  if (finding === "adl") return [e.adlImpact === null ? null : ADL_IMPACTS.indexOf(e.adlImpact)];
  return [e.symptoms.numbness, e.symptoms.tingling, e.symptoms.pain];
}

/**
 * How `finding` moved from `earlier` to `later`. An examined finding is worse when the step counts
 * as progression (lib/domain/worsening.ts), and better when the step back would have: two sites
 * felt again, vibration felt as much longer, a reflex back. A reported scale moves with any step.
 */
export function findingDirection(finding: ComparedFinding, earlier: ExamFindings, later: ExamFindings): Direction {
  if (finding === "symptoms" || finding === "adl") {
    const before = reported(finding, earlier);
    const now = reported(finding, later);
    const steps = now.flatMap((value, i) => (value === null || before[i] === null ? [] : [value - before[i]!]));
    return fromSteps(
      steps.some((s) => s > 0),
      steps.some((s) => s < 0),
    );
  }
  return fromSteps(tracks(finding, earlier, later), tracks(finding, later, earlier));
}
