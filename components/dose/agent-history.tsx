import type { ApiAgentChange } from "@/db/reads/course-agents";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import { formatDateTime } from "@/lib/dates";

// "active", not "given": a line on the chair's screen read "from 125 mg/m2, given" before any dose was.
const STATUS_WORD = { active: "active", held: "on hold", stopped: "stopped" } as const;

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
          const from = `${h.from.currentDose} ${agent.unit} (${STATUS_WORD[h.from.status]})`;
          const to = `${h.to.currentDose} ${agent.unit} (${STATUS_WORD[h.to.status]})`;
          return (
            <li key={`${h.agent}|${h.at}`}>
              {formatDateTime(h.at)}: {h.decidedBy.displayName} decided <strong>{h.decision}</strong> for{" "}
              {agent.name.toLowerCase()}, from {from} to {to}. Why: {h.reason}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
