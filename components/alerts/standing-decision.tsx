import { agentStateWords } from "@/components/dose/agent-state";
import { agentName, formatDose } from "@/components/patient/format";
import type { PatientReview, StandingDecision } from "@/db/reads/patient-summary";
import { decisionsOpenTo } from "@/lib/domain/decisions";
import { cumulativeWithNextCycle } from "@/lib/domain/dose";
import type { AgentCode } from "@/lib/domain/agents";
import { DECISIONS, type Decision } from "@/lib/domain/codes";
import { DECISION_HINT } from "./decision-words";

/** The decisions a form offers, each with what it does to the hold, stop or reduction in force. */
export interface DecisionChoices {
  decisions: readonly Decision[];
  hints: Partial<Record<Decision, string | null>>;
}

/**
 * What each decision does to the hold, stop or reduction in force, beside its choice
 * (lib/domain/decisions.ts, applyDecision); `reduce` is the hint the reduction has already. A
 * stopped agent is offered stop alone: a stop is for good, so any other choice would change
 * nothing, and the alert is decided by keeping the agent stopped.
 */
export function decisionChoices(
  standing: StandingDecision | null,
  agent: AgentCode,
  reduce: string | null,
  /** Said with Proceed when its next cycle would pass the limit (pastLimitText). */
  proceedPast = "",
): DecisionChoices {
  const dose = standing && formatDose(standing.currentDose, standing.unit);
  switch (standing?.status) {
    case undefined:
      return {
        decisions: DECISIONS,
        hints: proceedPast ? { reduce, proceed: DECISION_HINT.proceed + proceedPast } : { reduce },
      };
    case "stopped":
      return {
        decisions: decisionsOpenTo("stopped"),
        hints: {
          stop: `Keeps ${agentName(agent).toLowerCase()} stopped: a stop is for good, so nothing else is offered.`,
        },
      };
    case "held":
      return {
        decisions: DECISIONS,
        hints: {
          proceed: `Lifts the hold: the next cycle gives ${dose}.${proceedPast}`,
          reduce: reduce && `${reduce} Lifts the hold.`,
          hold: "Keeps the hold.",
        },
      };
    case "reduced":
      return {
        decisions: DECISIONS,
        hints: { proceed: `Keeps the reduced dose: the next cycle gives ${dose}.${proceedPast}`, reduce },
      };
  }
}

/**
 * Above a decision form: the hold, stop or reduction in force on the agent, who decided it and
 * why, and what deciding now does to it. Without it, a proceed on another of the agent's alerts
 * lifted a hold that the form never mentioned.
 */
export function StandingDecisionNotice({ standing, agent }: { standing: StandingDecision | null; agent: AgentCode }) {
  if (!standing) return null;
  const name = agentName(agent);
  const change = standing.change && { ...standing.change, decidedBy: standing.change.decidedBy.displayName };
  const words = agentStateWords(standing.status === "reduced" ? "active" : standing.status, change, standing.unit);
  const then = {
    held: `Proceed lifts this hold, and so does Reduce, at the lower dose. To keep ${name.toLowerCase()} held, choose Hold.`,
    stopped: `A stop is for good: no decision here gives ${name.toLowerCase()} again. Deciding records that the alert was seen.`,
    reduced: `Proceed keeps the reduced dose; Reduce goes lower from it.`,
  }[standing.status];
  return (
    <div
      role="note"
      className={`mt-3 rounded-md border-2 p-2 text-sm ${words.tone === "stop" ? "border-red-700 bg-red-50 text-red-900" : "border-slate-500 bg-slate-50 text-slate-900"}`}
    >
      <p className="font-semibold">
        <span aria-hidden="true">{words.icon} </span>
        {name}: {words.text}
      </p>
      <p>{then}</p>
    </div>
  );
}

/**
 * " That takes the cumulative dose to 890 mg/m², past the 850 mg/m² limit.": said beside a
 * choice whose next cycle, at `dose`, would pass the limit (a reduction not far enough, or
 * Proceed on a held agent, which no projection counts while it is held); "" otherwise.
 */
export function pastLimitText(review: PatientReview, agent: AgentCode, dose: number): string {
  const of = review.agents.find((a) => a.code === agent);
  if (!of?.courseDose) return "";
  const limit = of.terms.cumulativeLimit;
  const { total, pastLimit } = cumulativeWithNextCycle({
    cumulative: of.cumulative,
    dose,
    administrations: of.courseDose.administrationsPerCycle,
    limit,
  });
  return pastLimit
    ? ` That takes the cumulative dose to ${formatDose(total, of.unit)}, past the ${formatDose(limit!, of.unit)} limit.`
    : "";
}
