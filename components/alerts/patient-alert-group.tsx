import { AppLink } from "@/components/ui/app-link";
import type { PatientReview } from "@/db/reads/patient-summary";
import { reduceTarget, ruleMet } from "@/db/reads/patient-summary";
import { SeverityBadge } from "@/components/ui/badge";
import { nextCycle, NextCycleLine } from "@/components/patient/agent-outlook";
import { agentName, formatDose, percentOf } from "@/components/patient/format";
import { findAgent } from "@/lib/domain/agents";
import { neuropathyGrade } from "@/lib/domain/grading";
import { describeAction, rulesSource } from "@/lib/domain/plans";
import { formatDateTime, formatDay } from "@/lib/dates";
import type { AgentGroup, PatientGroup } from "./alert-groups";
import { DecisionForm } from "./alerts-panel";
import { groupHeading } from "./decision-focus";
import { alertKindLabel } from "./alert-words";

type Exam = PatientReview["assessments"][number];
const examText = (e: Exam) =>
  `grade ${neuropathyGrade(e)} (${e.cycle ? `cycle ${e.cycle.number}` : "follow-up"}, ${formatDay(e.assessedOn)})`;

/**
 * What the plan says for this agent, in words, when the exam meets one of its grade rules: stop,
 * hold, or reduce to the dose it names. Alerts on doses (a limit, a cap) have no rule to quote.
 */
function planSays(review: PatientReview, group: AgentGroup): string | null {
  const alert = group.alerts.find((a) => a.kind.startsWith("grade-")) ?? group.alerts[0]!;
  const rule = ruleMet(review, alert);
  const agent = findAgent(group.agent);
  if (!rule || !agent) return null;
  if (rule.action !== "reduce") return `${describeAction(rule, agent)} (its rule for grade ${rule.minGrade})`;
  const target = reduceTarget(review, alert);
  if (!target) return null;
  if (target.dose === null) return `reduce ${agent.name.toLowerCase()}, to a dose it does not name`;
  return `reduce ${agent.name.toLowerCase()} to ${formatDose(target.dose, target.unit)} from ${formatDose(target.from, target.unit)} (${target.basis})`;
}

function AgentBlock({ review, group, canDecide }: { review: PatientReview; group: AgentGroup; canDecide: boolean }) {
  const info = review.agents.find((a) => a.code === group.agent);
  const limit = info?.terms.cumulativeLimit ?? null;
  const says = planSays(review, group);
  const name = agentName(group.agent).toLowerCase();
  return (
    <li className="border-t border-slate-200 pt-2">
      <h4 className="font-semibold" {...groupHeading(review.patient.id, group.agent)}>
        {agentName(group.agent)}: {group.alerts.length} open
      </h4>
      <ul className="mt-1 flex flex-col gap-1">
        {group.alerts.map((a) => (
          <li key={a.id} className="text-sm">
            <SeverityBadge severity={a.severity} /> <span className="font-medium">{alertKindLabel(a.kind)}:</span>{" "}
            {a.message} <span className="text-xs text-slate-700">(raised {formatDateTime(a.raisedAt)})</span>
          </li>
        ))}
      </ul>
      {says && info && (
        <p className="mt-1 text-sm">
          {rulesSource(info.terms).Says}: {says}.
        </p>
      )}
      {info && (
        <p className="text-sm">
          Cumulative: {formatDose(info.cumulative, info.unit)}
          {limit === null
            ? " (no limit set)"
            : ` of ${formatDose(limit, info.unit)} (${percentOf(info.cumulative, limit)})`}
        </p>
      )}
      {canDecide && (
        <details className="mt-2">
          <summary className="inline-flex cursor-pointer rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
            {group.alerts.length === 1
              ? `Decide on the ${name} alert`
              : `Decide on the ${group.alerts.length} ${name} alerts together`}
          </summary>
          <DecisionForm
            review={review}
            alert={{
              ...group.alerts[0]!,
              raisedAt: group.alerts.map((a) => a.raisedAt).reduce((a, b) => (a < b ? a : b)),
            }}
            target={{ patientId: review.patient.id, alertIds: group.alerts.map((a) => a.id) }}
          />
        </details>
      )}
    </li>
  );
}

/** One patient's open alerts, by agent, with what a decision needs: exams, doses and the next cycle. */
export function PatientAlertGroup({
  group,
  review,
  canDecide,
}: {
  group: PatientGroup;
  review: PatientReview;
  canDecide: boolean;
}) {
  const exams = review.assessments.filter((a) => a.status !== "entered-in-error");
  const latest = exams.at(-1);
  const previous = exams.at(-2);
  const next = nextCycle(review);
  const headingId = `group-${group.patientId}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold" {...groupHeading(group.patientId)}>
        <AppLink href={`/patients/${group.patientId}`} className="text-brand-700 underline">
          {group.patient.name}
        </AppLink>{" "}
        <span className="text-sm font-normal">
          MRN {group.patient.mrn} · {group.count} open alert{group.count === 1 ? "" : "s"}
        </span>
      </h3>
      <p className="text-sm">
        Latest exam: {latest ? examText(latest) : "none"}
        {previous ? `; previous: ${examText(previous)}` : ""}.
      </p>
      <NextCycleLine next={next} />
      <ul className="mt-2 flex flex-col gap-2">
        {group.agents.map((g) => (
          <AgentBlock key={g.agent} review={review} group={g} canDecide={canDecide} />
        ))}
      </ul>
      <p className="mt-2">
        <AppLink
          href={`/patients/${group.patientId}#open-alerts`}
          className="text-sm font-medium text-brand-700 underline"
        >
          {/* Only an oncologist decides; a nurse or a pharmacist is sent to read the record. */}
          {canDecide ? "Decide on the patient's page" : "Open the patient's page"}
          <span className="sr-only">: {group.patient.name}</span>
        </AppLink>
      </p>
    </article>
  );
}
