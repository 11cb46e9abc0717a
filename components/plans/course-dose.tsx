import type { AgentPlanView } from "@/db/reads/plans";
import type { Agent } from "@/lib/domain/agents";

/** The course dose that the ladder's "reduce to" figures are worked out from. */
export function CourseDose({ course, agent }: { course: AgentPlanView["course"]; agent: Agent }) {
  if (!course) return <p className="text-sm text-slate-700">Not in any of the patient&apos;s courses.</p>;
  return (
    <p className="text-sm text-slate-700">
      In {course.name} at {course.dose} {agent.unit}
      {course.setting ? ` (${course.setting})` : ""}.
    </p>
  );
}
