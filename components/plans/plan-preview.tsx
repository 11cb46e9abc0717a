// The plan editor's live reading of a draft: the ladder in words for the course's dose and what
// changes from the base version. It needs the agent library and the plan rules, so the editor
// loads it once it is shown, with the schema it checks with, not with the page (docs/benchmarks.md,
// "Route budgets"); until then the page gives the base version's reading, rendered on the server.
import { getAgent, type AgentCode, type GradeRule } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import type { PlanContent } from "@/lib/domain/plan-diff";
import { LadderTable } from "./ladder-table";
import { PlanChanges } from "./plan-changes";

export function LadderPreview({
  rules,
  agent,
  currentDose,
  setting,
}: {
  rules: readonly (GradeRule | null)[];
  agent: AgentCode;
  currentDose?: number;
  setting: Setting | null;
}) {
  return <LadderTable rules={rules} agent={getAgent(agent)} currentDose={currentDose} setting={setting} />;
}

export function ChangesPreview({
  before,
  after,
  agent,
}: {
  before: PlanContent;
  after: PlanContent;
  agent: AgentCode;
}) {
  return <PlanChanges before={before} after={after} agent={getAgent(agent)} />;
}
