import type { AgentStatus, Decision } from "@/lib/domain/codes";
import { formatDateTime } from "@/lib/dates";
import { AgentStateView, type AgentStateWords } from "./agent-state-view";

/** The decision behind an agent's state, as the chair needs to read it. */
export interface StateChange {
  decision: Decision;
  decidedBy: string;
  at: string;
  reason: string;
  from: { currentDose: number };
  to: { currentDose: number };
}

/**
 * An agent's state in words with an icon, never colour or grey text alone. The icons are ones the
 * fonts of a plain Linux ward PC draw (DejaVu): "⏸" showed there as an empty box.
 */
export function agentStateWords(
  status: AgentStatus,
  change: StateChange | null,
  unit: string,
  zone?: string,
): AgentStateWords {
  // The reason in quotation marks: the oncologist's own words, set apart from the app's.
  const by = change ? `decided by ${change.decidedBy}, ${formatDateTime(change.at, zone)}: “${change.reason}”` : "";
  switch (status) {
    case "held":
      return { icon: "‖", text: `HOLD${by ? `: ${by}` : ""}`, tone: "stop" };
    case "stopped":
      return { icon: "■", text: `STOPPED${by ? `: ${by}` : ""}`, tone: "stop" };
    case "active":
      if (change?.decision === "reduce") {
        const text = `REDUCED from ${change.from.currentDose} to ${change.to.currentDose} ${unit}: ${by}`;
        return { icon: "↓", text, tone: "change" };
      }
      // Not "given": on the chair's screen before the dose, a tick read as a dose already given.
      // Not "as planned" either: beside a plan rule awaiting the oncologist, it contradicted it.
      // A decision to proceed says who decided: it may have lifted a hold.
      return {
        icon: "→",
        text: change ? `PROCEED: ${by}` : "No hold or reduction decided",
        tone: "plain",
      };
  }
}

/**
 * One agent's state at the chair: "HOLD: decided by Dr X, 1 Dec 2026, 14:05 CET: “grade 3
 * numbness”", a reduction with its doses, or an open alert still awaiting the oncologist.
 */
export function AgentState({
  name,
  status,
  change,
  unit,
  awaiting = null,
  zone,
}: {
  name: string;
  status: AgentStatus;
  change: StateChange | null;
  unit: string;
  awaiting?: string | null;
  zone?: string;
}) {
  return <AgentStateView name={name} words={agentStateWords(status, change, unit, zone)} awaiting={awaiting} />;
}
