// What the oncologist decides on the alerts of the seeded history, and why, in a clinician's
// words. The decision always matches what was then given or held.
import type { AlertKind, Decision } from "@/lib/domain/codes";

/** Alerts decided at a cycle's review; no-plan and contraindication wait for the team, not a cycle. */
export type ReviewedKind = Exclude<AlertKind, "no-plan" | "contraindication">;

export function isReviewedKind(kind: string): kind is ReviewedKind {
  return kind !== "no-plan" && kind !== "contraindication";
}

/** `given`: the agent's dose given after the decision, e.g. "65 mg/m2", or null when none was. */
export function reviewReason(kind: ReviewedKind, decision: Decision, agentName: string, given: string | null): string {
  const goingOn = given ? `${agentName} given at ${given}` : `no ${agentName} this cycle`;
  switch (kind) {
    case "grade-reduce":
      return `Meets the plan's reduce rule: ${goingOn}, and kept there while the grade holds.`;
    case "grade-hold":
      return `Hold ${agentName} until the neuropathy is back to grade 1 or less, then resume one dose level lower as the plan says.`;
    case "grade-stop":
      return `Neuropathy now limits self-care: stop ${agentName} for good; the rest of the regimen goes on.`;
    case "worsening":
      return decision === "proceed"
        ? "Seen with the patient: the findings changed but nothing new limits daily life. Continue, and re-examine before the next cycle."
        : `Worse on examination, as the grade shows: decided with this cycle's grade alert (${goingOn}).`;
    case "dose-approaching":
      return `At the warning level of the cumulative limit, still below it: ${goingOn}, with the exam before every cycle.`;
    case "dose-projected":
      return `Discussed with the patient: ${goingOn}; the cumulative dose is checked against the limit before each cycle.`;
    case "dose-limit":
      return `Limit reached: the team agreed to go on with the exam before every cycle (${goingOn}).`;
    case "single-dose-cap":
      return `Dose rechecked with pharmacy against the cap: ${goingOn}.`;
    case "self-report":
      return `Went through the patient's own report with them at the exam: ${goingOn}.`;
    case "decision-override":
      return `Talked through with the team why the dose went against the decision: ${goingOn}.`;
  }
}
