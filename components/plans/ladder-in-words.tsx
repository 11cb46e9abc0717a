import type { Agent, GradeRule } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import { describeRule } from "@/lib/domain/plans";

/**
 * The ladder as sentences ("At grade 2: reduce oxaliplatin to 65 mg/m2"), lowest grade first,
 * worked out for the course's current dose and setting where there is one.
 */
export function LadderInWords({
  rules,
  agent,
  currentDose,
  setting = null,
}: {
  rules: readonly (GradeRule | null)[];
  agent: Agent;
  currentDose?: number;
  setting?: Setting | null;
}) {
  if (rules.length === 0) return <p className="text-sm text-slate-700">No grade rules: no grade raises an alert.</p>;
  const ordered = [...rules].sort((a, b) => (a?.minGrade ?? 9) - (b?.minGrade ?? 9));
  return (
    <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-900">
      {ordered.map((rule, i) => (
        <li key={i}>{rule === null ? <em>An incomplete rule</em> : describeRule(rule, agent, currentDose, setting)}</li>
      ))}
    </ul>
  );
}
