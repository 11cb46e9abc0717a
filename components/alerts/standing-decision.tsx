import { agentStateWords } from "@/components/dose/agent-state";
import { agentName, formatDose } from "@/components/patient/format";
import type { StandingDecision } from "@/db/reads/patient-summary";
import type { AgentCode } from "@/lib/domain/agents";
import type { Decision } from "@/lib/domain/codes";

/** What each decision does to the hold or stop in force, beside its choice (lib/domain/decisions.ts, applyDecision). */
export function standingHints(standing: StandingDecision | null, agent: AgentCode): Partial<Record<Decision, string>> {
  if (!standing) return {};
  if (standing.status === "stopped") return { proceed: `${agentName(agent)} stays stopped: a stop is for good.` };
  return {
    proceed: `Lifts the hold: the next cycle gives ${formatDose(standing.currentDose, standing.unit)} as planned.`,
    hold: "Keeps the hold.",
  };
}

/**
 * Above a decision form: the hold or stop in force on the agent, who decided it and why, and what
 * deciding now does to it. Without it, a proceed on another of the agent's alerts lifted a hold
 * that the form never mentioned.
 */
export function StandingDecisionNotice({ standing, agent }: { standing: StandingDecision | null; agent: AgentCode }) {
  if (!standing) return null;
  const name = agentName(agent);
  const change = standing.change && { ...standing.change, decidedBy: standing.change.decidedBy.displayName };
  const words = agentStateWords(standing.status, change, standing.unit);
  return (
    <div role="note" className="mt-3 rounded-md border-2 border-red-700 bg-red-50 p-2 text-sm text-red-900">
      <p className="font-semibold">
        <span aria-hidden="true">{words.icon} </span>
        {name}: {words.text}
      </p>
      <p>
        {standing.status === "held"
          ? `Proceed lifts this hold, and so does Reduce, at the lower dose. To keep ${name.toLowerCase()} held, choose Hold.`
          : `A stop is for good: no decision here gives ${name.toLowerCase()} again.`}
      </p>
    </div>
  );
}
