// The plan editor's form state: what the inputs hold as typed. What it stands for, checked with
// the shared PlanInput schema, is plan-parse.ts, which the editor loads once it is shown, not
// with the page (lib/client/use-loaded-module.ts).
import type { GradeRule } from "@/lib/domain/agents";
import type { RuleAction } from "@/lib/domain/codes";
import type { PlanContent } from "@/lib/domain/plan-diff";

/** How a reduce rule names its new dose: the agent's next level down, a target dose, or a percent off. */
export const REDUCE_BY = ["level", "dose", "percent"] as const;
export type ReduceBy = (typeof REDUCE_BY)[number];

export interface RuleForm {
  /** Stable identity for React while rows are added and removed. */
  key: string;
  minGrade: string;
  withPain: boolean;
  action: RuleAction;
  reduceBy: ReduceBy;
  amount: string;
}

export interface PlanForm {
  cumulativeLimit: string;
  /** The warning level as a percent of the limit, as a team says it ("80"); the API takes the fraction. */
  warnPercent: string;
  /** The plan's own cap; blank takes the agent's default. */
  doseCap: string;
  /** The plan sets no cap at all (doseCap null), whatever the agent's default. */
  noCap: boolean;
  rules: RuleForm[];
  notes: string;
}

let keys = 0;
export const newRuleKey = () => `rule-${++keys}`;

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export function ruleToForm(rule: GradeRule): RuleForm {
  const reduceBy: ReduceBy = rule.toDose !== undefined ? "dose" : rule.percent !== undefined ? "percent" : "level";
  return {
    key: newRuleKey(),
    minGrade: String(rule.minGrade),
    withPain: rule.withPain ?? false,
    action: rule.action,
    reduceBy,
    amount: text(rule.toDose ?? rule.percent),
  };
}

export function contentToForm(content: PlanContent): PlanForm {
  return {
    cumulativeLimit: text(content.cumulativeLimit),
    warnPercent: text(Number((content.warnFraction * 100).toPrecision(6))),
    doseCap: content.doseCapSource === "plan" ? text(content.doseCap) : "",
    noCap: content.doseCapSource === "plan" && content.doseCap === null,
    rules: content.rules.map(ruleToForm),
    notes: content.notes ?? "",
  };
}
