import type { Agent, GradeRule } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import { describeAction } from "@/lib/domain/plans";

const CELL = "px-2 py-1 text-left align-top";

/**
 * The ladder as a table a team agrees on at a glance: one row per rule, lowest grade first, the
 * action worked out for the course's current dose and setting where there is one
 * ("reduce oxaliplatin to 65 mg/m2").
 */
export function LadderTable({
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
    <table className="w-full text-sm text-slate-900">
      <caption className="sr-only">Grade rules of the plan</caption>
      <thead className="bg-slate-100">
        <tr>
          {["At grade", "Only with pain", "The plan says"].map((c) => (
            <th key={c} scope="col" className={CELL}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ordered.map((rule, i) =>
          rule === null ? (
            <tr key={i} className="border-t border-slate-200">
              <td colSpan={3} className={CELL}>
                <em>An incomplete rule</em>
              </td>
            </tr>
          ) : (
            <tr key={i} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-medium`}>
                {rule.minGrade} or worse
              </th>
              <td className={CELL}>{rule.withPain ? "yes (pain 1 or more of 10)" : "no"}</td>
              <td className={CELL}>{describeAction(rule, agent, currentDose, setting)}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
