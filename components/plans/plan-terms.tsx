import type { Agent } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import { describeDoseCap, describeLimit, describeWarnAt, type PlanContent } from "@/lib/domain/plan-diff";
import { LadderTable } from "./ladder-table";

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** A plan version's terms, with the ladder in plain words for the course's current dose. */
export function PlanTerms({
  plan,
  agent,
  currentDose,
  setting = null,
}: {
  plan: PlanContent;
  agent: Agent;
  currentDose?: number;
  setting?: Setting | null;
}) {
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      <Term label="Cumulative limit">{describeLimit(plan.cumulativeLimit, agent)}</Term>
      <Term label="Warn at">{describeWarnAt(plan, agent)}</Term>
      <Term label="Dose cap">{describeDoseCap(plan, agent)}</Term>
      <div className="sm:col-span-3">
        <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">Grade rules</dt>
        <dd>
          <LadderTable rules={plan.rules} agent={agent} currentDose={currentDose} setting={setting} />
        </dd>
      </div>
      {plan.notes && (
        <Term label="Notes">
          <span className="whitespace-pre-wrap">{plan.notes}</span>
        </Term>
      )}
    </dl>
  );
}
