import type { AgentPlanView } from "@/db/reads/plans";
import type { Agent } from "@/lib/domain/agents";
import { formatDose, settingAfter } from "@/components/patient/format";

/**
 * The course dose that the ladder's "reduce to" figures are worked out from: the dose for the
 * cycles to come, with the dose prescribed when a decision has reduced it.
 */
export function CourseDose({ course, agent }: { course: AgentPlanView["course"]; agent: Agent }) {
  if (!course) return <p className="text-sm text-slate-700">Not in any of the patient&apos;s courses.</p>;
  return (
    <p className="text-sm text-slate-700">
      In {course.name}
      {settingAfter(course)} at {formatDose(course.dose, agent.unit)}
      {course.dose === course.prescribed
        ? ""
        : `, reduced by decision from ${formatDose(course.prescribed, agent.unit)}`}
      .
    </p>
  );
}
