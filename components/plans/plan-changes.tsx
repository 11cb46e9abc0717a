import type { Agent } from "@/lib/domain/agents";
import { diffPlans, type PlanContent } from "@/lib/domain/plan-diff";

/** What changed from one version to the next, item by item, or a plain "no change". */
export function PlanChanges({ before, after, agent }: { before: PlanContent; after: PlanContent; agent: Agent }) {
  const changes = diffPlans(before, after, agent);
  if (changes.length === 0) return <p className="text-sm text-slate-700">No change in the terms.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {changes.map((c, i) => (
        <li key={i}>
          <span className="font-medium">{c.label}</span>
          {c.before === null ? (
            <> added: {c.after}</>
          ) : c.after === null ? (
            <>
              {" "}
              removed: <del>{c.before}</del>
            </>
          ) : (
            <>
              : <del>{c.before}</del> <span aria-hidden="true">→</span>
              <span className="sr-only">changed to</span> <ins>{c.after}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
