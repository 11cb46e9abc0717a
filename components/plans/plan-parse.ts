// What the plan editor's form stands for: the PlanInput it sends, checked with the shared schema
// on every change so that the form shows the errors the server would give (a blank number that
// must be there gets its own plain message), and the terms it would set. The editor loads this
// module, and with it the schema, once it is shown, not with the page (docs/benchmarks.md,
// "Route budgets").
import type { GradeRule } from "@/lib/domain/agents";
import { reductionsNotBelow } from "@/lib/domain/plans";
import type { PlanContent } from "@/lib/domain/plan-diff";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { GradeRuleInput, PlanInput } from "@/lib/schemas/plan";
import type { EditorAgent } from "./editor-agent";
import type { PlanForm, RuleForm } from "./plan-form";

const numberOrBlank = (s: string) => (s.trim() === "" ? undefined : Number(s));
const percentToFraction = (percent: number | undefined) =>
  percent === undefined ? undefined : Number((percent / 100).toPrecision(6));

/**
 * The warning level's refusal in the field's own units: the schema counts a fraction of the limit
 * (at most 1), the form a percent of it, so "At most 1." under a field given 150 read as nonsense.
 */
function warnPercentError(fraction: number | undefined, schemaMessage: string): string {
  if (fraction === undefined || Number.isNaN(fraction)) return "Enter a number.";
  if (fraction > 1) return "At most 100%.";
  if (fraction <= 0) return "Above 0%.";
  return schemaMessage;
}

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
 * the agent's default, `warnFraction` (80% for every agent; docs/api.md, "Plans"). A rule that
 * reduces to a dose not below the course's current dose is refused as the server refuses it.
 */
export function parsePlanForm(
  form: PlanForm,
  { warnFraction, unit }: Pick<EditorAgent, "warnFraction" | "unit">,
  currentDose: number | undefined,
): ParsedPlan {
  const blanks: Record<string, string> = {};
  form.rules.forEach((r, i) => {
    if (r.action === "reduce" && r.reduceBy !== "level" && r.amount.trim() === "") {
      blanks[`rules.${i}.${r.reduceBy === "dose" ? "toDose" : "percent"}`] =
        r.reduceBy === "dose" ? "Enter the dose to reduce to." : "Enter the percent to take off.";
    }
  });
  const warn = percentToFraction(numberOrBlank(form.warnPercent));
  const result = PlanInput.safeParse({
    cumulativeLimit: numberOrBlank(form.cumulativeLimit) ?? null,
    warnFraction: warn,
    doseCap: form.noCap ? null : numberOrBlank(form.doseCap),
    rules: form.rules.map(ruleInput),
    notes: form.notes.trim() === "" ? null : form.notes,
  });
  const notBelow =
    result.success && currentDose !== undefined ? reductionsNotBelow(result.data.rules ?? [], unit, currentDose) : {};
  if (!result.success || Object.keys({ ...blanks, ...notBelow }).length > 0) {
    const errors = result.success ? {} : fieldErrors(result.error);
    if (errors.warnFraction) errors.warnFraction = warnPercentError(warn, errors.warnFraction);
    return { ok: false, errors: { ...errors, ...blanks, ...notBelow } };
  }
  const input = result.data;
  return {
    ok: true,
    input,
    content: {
      cumulativeLimit: input.cumulativeLimit ?? null,
      warnFraction: input.warnFraction ?? warnFraction,
      doseCap: input.doseCap ?? null,
      doseCapSource: input.doseCap === undefined ? "agent-default" : "plan",
      rules: input.rules ?? [],
      notes: input.notes ?? null,
    },
  };
}

/** One row as a rule, when it is complete enough to say in words. */
export function ruleOfRow(row: RuleForm): GradeRule | null {
  if (row.action === "reduce" && row.reduceBy !== "level" && row.amount.trim() === "") return null;
  const parsed = GradeRuleInput.safeParse(ruleInput(row));
  return parsed.success ? parsed.data : null;
}
