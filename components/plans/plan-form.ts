// The plan editor's form state: what the inputs hold as typed, and the PlanInput it stands for.
// Validation is the shared PlanInput schema, run on every change, so the form shows the errors
// the server would give; a blank number that must be there gets its own plain message. The
// schemas are passed in: the editor loads them once it is shown, not with the page
// (lib/client/use-loaded-module.ts).
import { DEFAULT_WARN_FRACTION, type GradeRule } from "@/lib/domain/agents";
import type { RuleAction } from "@/lib/domain/codes";
import type { PlanContent } from "@/lib/domain/plan-diff";
import { fieldErrors } from "@/lib/schemas/field-errors";
import type * as planSchemas from "@/lib/schemas/plan";
import type { PlanInput } from "@/lib/schemas/plan";

/** The schemas of lib/schemas/plan.ts the form is checked with. */
export type PlanSchemas = Pick<typeof planSchemas, "PlanInput" | "GradeRuleInput">;

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

const numberOrBlank = (s: string) => (s.trim() === "" ? undefined : Number(s));
const percentToFraction = (percent: number | undefined) =>
  percent === undefined ? undefined : Number((percent / 100).toPrecision(6));

function ruleInput(rule: RuleForm) {
  const amount = numberOrBlank(rule.amount);
  return {
    minGrade: Number(rule.minGrade),
    ...(rule.withPain ? { withPain: true } : {}),
    action: rule.action,
    ...(rule.action === "reduce" && rule.reduceBy === "dose" ? { toDose: amount } : {}),
    ...(rule.action === "reduce" && rule.reduceBy === "percent" ? { percent: amount } : {}),
  };
}

export type ParsedPlan =
  { ok: true; input: PlanInput; content: PlanContent } | { ok: false; errors: Record<string, string> };

/**
 * The form as a PlanInput. A blank limit means no cumulative limit; a blank cap leaves doseCap
 * out, so the agent's default applies, and "no cap" sends null; a blank warning percent means
 * the default 80% (docs/api.md, "Plans").
 */
export function parsePlanForm(form: PlanForm, { PlanInput }: PlanSchemas): ParsedPlan {
  const blanks: Record<string, string> = {};
  form.rules.forEach((r, i) => {
    if (r.action === "reduce" && r.reduceBy !== "level" && r.amount.trim() === "") {
      blanks[`rules.${i}.${r.reduceBy === "dose" ? "toDose" : "percent"}`] =
        r.reduceBy === "dose" ? "Enter the dose to reduce to." : "Enter the percent to take off.";
    }
  });
  const result = PlanInput.safeParse({
    cumulativeLimit: numberOrBlank(form.cumulativeLimit) ?? null,
    warnFraction: percentToFraction(numberOrBlank(form.warnPercent)),
    doseCap: form.noCap ? null : numberOrBlank(form.doseCap),
    rules: form.rules.map(ruleInput),
    notes: form.notes.trim() === "" ? null : form.notes,
  });
  if (!result.success || Object.keys(blanks).length > 0) {
    return { ok: false, errors: { ...(result.success ? {} : fieldErrors(result.error)), ...blanks } };
  }
  const input = result.data;
  return {
    ok: true,
    input,
    content: {
      cumulativeLimit: input.cumulativeLimit ?? null,
      warnFraction: input.warnFraction ?? DEFAULT_WARN_FRACTION,
      doseCap: input.doseCap ?? null,
      doseCapSource: input.doseCap === undefined ? "agent-default" : "plan",
      rules: input.rules ?? [],
      notes: input.notes ?? null,
    },
  };
}

/** One row as a rule, when it is complete enough to say in words. */
export function ruleOfRow(row: RuleForm, { GradeRuleInput }: PlanSchemas): GradeRule | null {
  if (row.action === "reduce" && row.reduceBy !== "level" && row.amount.trim() === "") return null;
  const parsed = GradeRuleInput.safeParse(ruleInput(row));
  return parsed.success ? parsed.data : null;
}
