// What the plan editor's form shows of its agent, worked out by the page from the agent library,
// so that the library and the plan rules are not in the page's JavaScript (docs/benchmarks.md,
// "Route budgets"); the live reading of a draft loads them after the page (plan-preview.tsx).
import { basisAndSource, type Agent, type AgentCode } from "@/lib/domain/agents";
import type { DoseUnit } from "@/lib/domain/codes";
import { describeDoseCap, templatePlan, type PlanContent } from "@/lib/domain/plan-diff";

export interface EditorAgent {
  code: AgentCode;
  name: string;
  unit: DoseUnit;
  /** The agent has a dose-level table: "one dose level down" reads it. */
  hasDoseLevels: boolean;
  /** The terms of a plan's own cap: "mg/m2 per cycle" (cisplatin) or "mg per administration". */
  capTerms: string;
  /** The agent's default cumulative limit with its basis and source, or "none". */
  defaultLimit: string;
  /** The agent's default cap in words (plan-diff.ts, describeDoseCap). */
  defaultCap: string;
  warnFraction: number;
  /** The plan the agent's defaults amount to: where "Start again from the template" goes. */
  template: PlanContent;
}

export function editorAgent(code: AgentCode, agent: Agent): EditorAgent {
  return {
    code,
    name: agent.name,
    unit: agent.unit,
    hasDoseLevels: agent.doseLevels.length > 0,
    capTerms: agent.cap?.scope === "cycle-mg/m2" ? "mg/m2 per cycle" : "mg per administration",
    defaultLimit: agent.defaultLimit
      ? `${agent.defaultLimit.value} ${agent.unit} (${basisAndSource(agent.defaultLimit)})`
      : "none",
    defaultCap: describeDoseCap({ doseCap: null, doseCapSource: "agent-default" }, agent),
    warnFraction: agent.warnFraction,
    template: templatePlan(agent),
  };
}
