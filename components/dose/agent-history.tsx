import type { ApiAgentChange } from "@/db/reads/course-agents";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import { formatDose } from "@/components/patient/format";
import { formatDateTime } from "@/lib/dates";

// "active", not "given": a line on the chair's screen read "from 125 mg/m2, given" before any dose was.
const STATUS_WORD = { active: "active", held: "on hold", stopped: "stopped" } as const;

type AgentState = ApiAgentChange["from"];

/**
 * The change in words, naming only what moved: "from 85 mg/m² to 75 mg/m²", "from active to on hold,
 * at 75 mg/m²", "from 75 mg/m² on hold to 65 mg/m² active", or "kept at 85 mg/m², active".
 */
export function changeText(from: AgentState, to: AgentState, unit: string): string {
  const [before, after] = [formatDose(from.currentDose, unit), formatDose(to.currentDose, unit)];
  const [was, now] = [STATUS_WORD[from.status], STATUS_WORD[to.status]];
  if (before === after) return was === now ? `kept at ${after}, ${now}` : `from ${was} to ${now}, at ${after}`;
  return was === now ? `from ${before} to ${after}` : `from ${before} ${was} to ${after} ${now}`;
}

/** What decisions changed on the course's agents, newest first: who, when, from, to, why. */
export function AgentHistory({ history }: { history: (ApiAgentChange & { agent: string })[] }) {
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="course-history" className="mt-6">
      <h2 id="course-history" className="mb-2 text-lg font-semibold">
        Decisions on this course
      </h2>
      <ul className="flex flex-col gap-1 text-sm">
        {[...history].reverse().map((h) => {
          const agent = getAgent(h.agent as AgentCode);
          return (
            <li key={`${h.agent}|${h.at}`}>
              {formatDateTime(h.at)}: {h.decidedBy.displayName} decided <strong>{h.decision}</strong> for{" "}
              {agent.name.toLowerCase()}, {changeText(h.from, h.to, agent.unit)}. Why: {h.reason}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
