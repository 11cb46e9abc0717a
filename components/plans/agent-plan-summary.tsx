import { AppLink } from "@/components/ui/app-link";
import type { AgentPlanView } from "@/db/reads/plans";
import { getAgent } from "@/lib/domain/agents";
import { templatePlan } from "@/lib/domain/plan-diff";
import { awaitingText } from "./awaiting";
import { CourseDose } from "./course-dose";
import { PlanTerms } from "./plan-terms";
import { formatDateTime } from "@/lib/dates";

/** One agent on the plans page: the plan in force (or the defaults that apply), any draft, and a way in. */
export function AgentPlanSummary({ patientId, view }: { patientId: string; view: AgentPlanView }) {
  const agent = getAgent(view.agent);
  const { inForce, draft, course } = view;
  const headingId = `agent-${view.agent}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {agent.name}
        </h2>
        <AppLink
          href={`/patients/${patientId}/plans/${view.agent}`}
          className="text-sm font-medium text-brand-700 underline"
        >
          Open the {agent.name.toLowerCase()} plan
        </AppLink>
      </div>
      <CourseDose course={course} agent={agent} />
      {inForce ? (
        <p className="text-sm font-medium">
          <span aria-hidden="true">✓ </span>Version {inForce.version} in force since{" "}
          <time dateTime={inForce.inForceAt ?? undefined}>
            {formatDateTime(inForce.inForceAt ?? inForce.createdAt)}
          </time>
          , agreed by{" "}
          {inForce.signatures
            .filter((s) => s.meaning === "agreed")
            .map((s) => `${s.signer.displayName} (${s.role})`)
            .join(" and ")}
          .
        </p>
      ) : (
        <p className="text-sm font-medium">
          <span aria-hidden="true">● </span>No plan in force: the agent&apos;s default limit and template apply.
        </p>
      )}
      <PlanTerms
        plan={inForce ?? templatePlan(agent)}
        agent={agent}
        currentDose={course?.dose}
        setting={course?.setting}
      />
      {draft && (
        <p className="text-sm">
          <span aria-hidden="true">✎ </span>Version {draft.version} is a draft: {awaitingText(draft.signatures)}
        </p>
      )}
      <p className="text-xs text-slate-600">
        {view.versions.length === 0 ? "No version drafted yet." : `${view.versions.length} version(s) in the history.`}
      </p>
    </article>
  );
}
