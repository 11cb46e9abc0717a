import type { AgentCode } from "./agents";
import type { AgentStatus } from "./codes";
import { countingDoses } from "./dose";

export interface CycleProgress {
  /** The agents with a dose that counts in this cycle, in the course's order. */
  given: AgentCode[];
  /** The active agents with none yet: the chair still has them to give. */
  toGive: AgentCode[];
}

/**
 * Which of a cycle's agents are given and which still wait. A cycle turns "given" at its first
 * dose (db/commands/doses.ts), so a cycle of two agents reads "given" while the second still
 * waits: the worklist and the chair name each agent instead. A held or stopped agent waits for
 * nothing; given anyway, against the decision, it counts as given.
 */
export function cycleProgress(
  agents: readonly { agent: AgentCode; status: AgentStatus }[],
  cycleDoses: readonly { agent: AgentCode; enteredInError: boolean }[],
): CycleProgress {
  const dosed = new Set(countingDoses(cycleDoses).map((d) => d.agent));
  return {
    given: agents.filter((a) => dosed.has(a.agent)).map((a) => a.agent),
    toGive: agents.filter((a) => a.status === "active" && !dosed.has(a.agent)).map((a) => a.agent),
  };
}
