import type { ApiAlert } from "@/db/reads/alerts";
import {
  reduceTarget,
  standingDecision,
  type PatientReview,
  type ReduceTarget,
  type StandingDecision,
} from "@/db/reads/patient-summary";
import { agentName, formatDose } from "@/components/patient/format";
import type { AgentCode } from "@/lib/domain/agents";
import { decidesTheDose } from "@/lib/domain/codes";
import { AddANote } from "@/components/notes/add-a-note";
import { NoteList } from "@/components/notes/note-list";
import type { DecisionGroup, DecisionTarget, ReduceField } from "./acknowledge-form";
import { AcknowledgeForm } from "./acknowledge-form-loader";
import { groupId } from "./decision-focus";
import { AlertItem } from "./alert-item";
import { byUrgency } from "./alert-words";
import { DecisionSummary } from "./decision-summary";
import { GivenMeanwhile } from "./given-meanwhile";
import { HoldSince, holdCourse } from "./hold-since";
import { StandingDecisionNotice, decisionChoices, pastLimitText } from "./standing-decision";

/** The reduce choice's hint: the dose a reduction leads to, and where that figure comes from. */
export function reduceHintText(target: ReduceTarget | null): string | null {
  if (!target) return null;
  if (target.dose === null)
    return `Reduce from ${formatDose(target.from, target.unit)}: no lower dose is named, so give the dose to reduce to.`;
  return `Next dose ${formatDose(target.dose, target.unit)} instead of ${formatDose(target.from, target.unit)} (${target.basis}).`;
}

/**
 * The decisions offered on an agent, Reduce's and Proceed's each saying so when its next cycle
 * would pass the limit: a reduction not far enough was learnt only once recorded, and at the limit
 * Proceed, which goes furthest past it, read only "Give the next cycle as planned."
 */
function choicesFor(
  review: PatientReview,
  agent: AgentCode,
  standing: StandingDecision | null,
  reduce: ReduceTarget | null,
) {
  const reduceHint = reduceHintText(reduce);
  const reducePast = reduce?.dose == null ? "" : pastLimitText(review, agent, reduce.dose);
  const proceedDose = standing?.currentDose ?? review.agents.find((a) => a.code === agent)?.courseDose?.dose;
  const proceedPast = proceedDose === undefined ? "" : pastLimitText(review, agent, proceedDose);
  return decisionChoices(standing, agent, reduceHint && reduceHint + reducePast, proceedPast);
}

/** The reduction's dose field, worked out here on the server so the form carries no rules. */
export function reduceField(target: ReduceTarget | null): ReduceField | null {
  if (!target) return null;
  const planSays =
    target.dose === null
      ? `No lower dose than ${formatDose(target.from, target.unit)} is named: give the dose to reduce to.`
      : `${target.says} ${formatDose(target.dose, target.unit)} instead of ${formatDose(target.from, target.unit)} (${target.basis}).`;
  return { dose: target.dose, from: target.from, unit: target.unit, planSays };
}

/** The patient and agent a decision form is for, as the message after the decision names them. */
export function decisionGroup(review: PatientReview, agent: string): DecisionGroup {
  return {
    id: groupId(review.patient.id, agent),
    patient: `${review.patient.familyName}, ${review.patient.givenName}`,
    agent: agentName(agent).toLowerCase(),
  };
}

/**
 * The decision form for an alert, or for its agent's open alerts together, under the doses given
 * since and the hold or stop in force on the agent; its hints and its reduced dose worked out here
 * on the server.
 */
export function DecisionForm({
  review,
  alert,
  target,
}: {
  review: PatientReview;
  /** For a group, its earliest raised: the doses given since are listed above the form. */
  alert: Pick<ApiAlert, "agent" | "cycleId" | "raisedAt">;
  target: DecisionTarget;
}) {
  const reduce = reduceTarget(review, alert);
  const standing = standingDecision(review, alert.agent);
  return (
    <>
      <GivenMeanwhile review={review} agent={alert.agent} since={alert.raisedAt} />
      <StandingDecisionNotice standing={standing} agent={alert.agent} />
      <AcknowledgeForm
        target={target}
        choices={choicesFor(review, alert.agent, standing, reduce)}
        reduceTo={reduceField(reduce)}
        group={decisionGroup(review, alert.agent)}
      />
    </>
  );
}

/**
 * Each agent on hold with no open alert that sets its dose (DOSE_DECIDING_KINDS): the hold stands until a proceed or a reduce,
 * and with its alerts decided nothing else would lift it once the neuropathy settles. Each says
 * the grade since the hold, and once it has settled, opens its form. The oncologist reviews it
 * here (POST /api/patients/{id}/agents/{agent}/decision).
 */
export function HoldsToReview({ review, canDecide }: { review: PatientReview; canDecide: boolean }) {
  const held = review.agents.flatMap(({ code: agent }) => {
    const standing = standingDecision(review, agent);
    const alertOpen = review.alerts.some((x) => x.status === "open" && x.agent === agent && decidesTheDose(x.kind));
    if (standing?.status !== "held" || alertOpen) return [];
    return [
      { agent, standing, course: holdCourse(review, standing), reduce: reduceTarget(review, { agent, cycleId: null }) },
    ];
  });
  if (held.length === 0) return null;
  return (
    <section aria-labelledby="holds-to-review" className="mt-4">
      <h2 id="holds-to-review" tabIndex={-1} className="mb-2 text-lg font-semibold">
        On hold, no alert open ({held.length})
      </h2>
      <ul className="flex flex-col gap-2">
        {held.map(({ agent, standing, course, reduce }) => (
          <li key={agent}>
            <StandingDecisionNotice standing={standing} agent={agent} />
            {course && <HoldSince course={course} />}
            {canDecide ? (
              // Open once the neuropathy has settled: that is when the hold wants deciding.
              <details className="mt-2" open={course?.settled}>
                <summary className="inline-flex cursor-pointer rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                  Review the hold
                </summary>
                <AcknowledgeForm
                  target={{ patientId: review.patient.id, agent }}
                  choices={choicesFor(review, agent, standing, reduce)}
                  reduceTo={reduceField(reduce)}
                  group={decisionGroup(review, agent)}
                />
              </details>
            ) : (
              <p className="mt-1 text-sm font-medium text-slate-800">An oncologist lifts or keeps the hold.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Decisions shown in full; older ones fold away so a long course stays readable. */
const RECENT_DECISIONS = 5;

type Alert = PatientReview["alerts"][number];

/**
 * The open alerts, most severe first, each with its decision form for an oncologist (other roles
 * see no control: the API refuses them too). The first one is ready to decide.
 */
export function OpenAlerts({ review, canDecide }: { review: PatientReview; canDecide: boolean }) {
  const open = review.alerts.filter((a) => a.status === "open").sort(byUrgency);
  return (
    <section aria-labelledby="open-alerts">
      <h2 id="open-alerts" className="mb-2 text-lg font-semibold">
        Open alerts ({open.length})
      </h2>
      {open.length === 0 ? (
        <p className="text-sm text-slate-700">
          <span aria-hidden="true">✓ </span>No open alerts.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {open.map((alert, i) => {
            // One decision covers an agent's open alerts (docs/api.md, "Version 1.1"): deciding
            // only the first left its "worsening" twin asking at the chair. The most urgent of an
            // agent's alerts carries the form for them all; the others point to it.
            const ofAgent = open.filter((a) => a.agent === alert.agent);
            const name = agentName(alert.agent).toLowerCase();
            return (
              <li key={alert.id}>
                <AlertItem alert={alert}>
                  {canDecide && ofAgent[0] !== alert ? (
                    <p className="mt-1 text-sm text-slate-800">Decided with the {name} alert above.</p>
                  ) : canDecide ? (
                    // Folded so the list stays scannable; the most severe one is ready to decide.
                    <details open={i === 0} className="mt-2">
                      <summary className="inline-flex cursor-pointer rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                        {ofAgent.length === 1
                          ? "Decide on this alert"
                          : `Decide on the ${ofAgent.length} ${name} alerts together`}
                      </summary>
                      <DecisionForm
                        review={review}
                        // The doses given since the most urgent was raised, not since the earliest: an
                        // informational "no plan" from the first cycle listed every dose since, and
                        // pushed the decision off the first screen.
                        alert={alert}
                        target={
                          ofAgent.length === 1
                            ? { alertId: alert.id }
                            : { patientId: review.patient.id, alertIds: ofAgent.map((a) => a.id) }
                        }
                      />
                    </details>
                  ) : (
                    <>
                      <p className="mt-1 text-sm font-medium text-slate-800">Awaiting an oncologist&apos;s decision.</p>
                      <AddANote patientId={review.patient.id} alertId={alert.id} label="Note on this alert" />
                    </>
                  )}
                  <NoteList notes={review.notes.filter((n) => n.alertId === alert.id)} />
                </AlertItem>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The decisions made, newest first (older ones folded), then the alerts resolved without one. */
export function AlertHistory({ review }: { review: PatientReview }) {
  // What a decision did to the course: its change in the course agent's history.
  const changes = review.courses.flatMap((c) =>
    c.agents.flatMap((a) => a.history.map((h) => ({ ...h, unit: a.unit }))),
  );
  const courseChange = (alert: Alert) => {
    const change = changes.find((h) => h.alertIds.includes(alert.id));
    if (change?.decision === "reduce")
      return `Course dose reduced from ${formatDose(change.from.currentDose, change.unit)} to ${formatDose(change.to.currentDose, change.unit)} for the cycles to come.`;
    // A proceed that lifted a hold changed the course as much as a reduction does.
    if (change?.decision === "proceed" && change.from.status === "held")
      return `Hold lifted: the cycles to come give ${formatDose(change.to.currentDose, change.unit)}.`;
    return null;
  };
  const decided = review.alerts
    .filter((a) => a.acknowledgement !== null)
    .sort((a, b) => b.acknowledgement!.decidedAt.localeCompare(a.acknowledgement!.decidedAt));
  const resolved = review.alerts.filter((a) => a.status === "resolved");
  return (
    <>
      {decided.length > 0 && (
        <section aria-labelledby="decisions" className="mb-8">
          <h2 id="decisions" className="mb-3 text-lg font-semibold">
            Decisions ({decided.length})
          </h2>
          <DecidedList alerts={decided.slice(0, RECENT_DECISIONS)} courseChange={courseChange} />
          {decided.length > RECENT_DECISIONS && (
            <details className="mt-3">
              <summary className="cursor-pointer font-medium">
                Earlier decisions ({decided.length - RECENT_DECISIONS})
              </summary>
              <DecidedList alerts={decided.slice(RECENT_DECISIONS)} courseChange={courseChange} />
            </details>
          )}
        </section>
      )}
      {resolved.length > 0 && (
        <details className="mb-8">
          <summary className="cursor-pointer font-medium">Resolved alerts ({resolved.length})</summary>
          <ul className="mt-3 flex flex-col gap-3">
            {resolved.map((alert) => (
              <li key={alert.id}>
                <AlertItem alert={alert}>
                  <p className="mt-1 text-sm">Resolved: {alert.resolvedReason}</p>
                </AlertItem>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function DecidedList({
  alerts,
  courseChange,
}: {
  alerts: ApiAlert[];
  courseChange: (alert: ApiAlert) => string | null;
}) {
  return (
    <ul className="mt-3 flex flex-col gap-3">
      {alerts.map((alert) => (
        <li key={alert.id}>
          <AlertItem alert={alert}>
            <DecisionSummary ack={alert.acknowledgement!} courseChange={courseChange(alert)} />
          </AlertItem>
        </li>
      ))}
    </ul>
  );
}
