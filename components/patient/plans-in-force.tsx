import { AppLink } from "@/components/ui/app-link";
import type { PatientReview } from "@/db/reads/patient-summary";
import { DoseBar } from "@/components/dose-bar";
import { getAgent } from "@/lib/domain/agents";
import { describeDoseCap, describeLimit, describeWarnAt } from "@/lib/domain/plan-diff";
import { describeRule } from "@/lib/domain/plans";
import { formatUnit } from "./format";
import { awaitingText } from "@/components/plans/awaiting";
import { formatDateTime } from "@/lib/dates";

type ReviewAgent = PatientReview["agents"][number];

/** Per agent: the cumulative dose against the limit, and the plan in force or the defaults that apply. */
export function PlansInForce({ review }: { review: PatientReview }) {
  return (
    <section aria-labelledby="plans" className="rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="plans" className="text-lg font-semibold">
          Dose-reduction plans
        </h2>
        <AppLink href={`/patients/${review.patient.id}/plans`} className="no-print text-sm text-brand-700 underline">
          Plans and signatures
        </AppLink>
      </div>
      {review.agents.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No neurotoxic agent prescribed yet.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-4 text-sm">
          {review.agents.map((a) => (
            <li key={a.code}>
              <AgentPlan agent={a} patientId={review.patient.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function AgentPlan({ agent: a, patientId }: { agent: ReviewAgent; patientId: string }) {
  const agent = getAgent(a.code);
  const signers = a.plan?.signatures
    .filter((s) => s.meaning === "agreed")
    .map((s) => `${s.signer.displayName} (${s.role})`)
    .join(", ");
  return (
    <>
      <h3 className="font-medium">{a.name}</h3>
      <DoseBar
        label={a.name}
        cumulative={a.cumulative}
        limit={a.terms.cumulativeLimit}
        warnAt={a.warnAt}
        unit={formatUnit(a.unit)}
      />
      {a.plan ? (
        <p className="mt-1">
          Plan version {a.plan.version} in force
          {a.plan.inForceAt ? ` since ${formatDateTime(a.plan.inForceAt)}` : ""}; agreed by {signers}.
        </p>
      ) : (
        <p className="mt-1 font-medium text-amber-950">
          <span aria-hidden="true">▲ </span>No plan agreed: defaults apply.
        </p>
      )}
      <ul className="mt-1 list-inside list-disc text-slate-800">
        <li>Limit: {describeLimit(a.terms.cumulativeLimit, agent)}</li>
        <li>Warn at: {describeWarnAt(a.terms, agent)}</li>
        <li>Cap: {describeDoseCap(a.terms, agent)}</li>
        {a.terms.rules.map((rule) => (
          <li key={`${rule.minGrade}-${rule.withPain ?? false}-${rule.action}`}>
            {describeRule(rule, agent, a.courseDose?.dose, a.courseDose?.setting ?? null)}
          </li>
        ))}
      </ul>
      {a.draft && (
        <p className="mt-1">
          <AppLink
            href={`/patients/${patientId}/plans/${a.code}#plan-${a.draft.id}`}
            className="font-medium text-brand-700 underline"
          >
            Draft version {a.draft.version}
          </AppLink>{" "}
          awaits signatures. {awaitingText(a.draft.signatures)}
        </p>
      )}
    </>
  );
}
