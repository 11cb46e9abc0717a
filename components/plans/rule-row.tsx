"use client";
import type { RuleAction } from "@/lib/domain/codes";
import { Button } from "../ui/button";
import type { EditorAgent } from "./editor-agent";
import { Field, Select, TextInput } from "../ui/field";
import { REDUCE_BY, type ReduceBy, type RuleForm } from "./plan-form";

const GRADES = ["1", "2", "3", "4"] as const;

// Every action, in codes.ts's order (RULE_ACTIONS): a Record over RuleAction, so the type checker
// proves each has its label. Listed from here, the page need not load the app's code tables
// (docs/benchmarks.md, "Route budgets").
const ACTION_LABEL: Record<RuleAction, string> = { reduce: "Reduce", hold: "Hold", stop: "Stop" };
const ACTIONS = Object.keys(ACTION_LABEL) as RuleAction[];

function reduceByLabel(by: ReduceBy, agent: EditorAgent): string {
  switch (by) {
    case "level":
      return agent.hasDoseLevels ? "One dose level down (agent's table)" : "One dose level down";
    case "dose":
      return `To a dose (${agent.unit})`;
    case "percent":
      return "By a percent";
  }
}

/** One rung of the ladder: at or above a grade (with pain or not), one action. */
export function RuleRow({
  index,
  rule,
  agent,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  rule: RuleForm;
  agent: EditorAgent;
  errors: Record<string, string>;
  onChange: (rule: RuleForm) => void;
  onRemove: () => void;
}) {
  const at = (field: string) => errors[`rules.${index}.${field}`];
  const set = (change: Partial<RuleForm>) => onChange({ ...rule, ...change });
  const amountField = rule.reduceBy === "dose" ? "toDose" : "percent";
  return (
    <fieldset className="flex flex-wrap items-end gap-x-4 gap-y-3 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-medium">Rule {index + 1}</legend>
      <Field label="At or above grade" error={at("minGrade")}>
        {(p) => (
          <Select {...p} value={rule.minGrade} onChange={(e) => set({ minGrade: e.target.value })}>
            {GRADES.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" checked={rule.withPain} onChange={(e) => set({ withPain: e.target.checked })} />
        Only with pain (1 or more of 10)
      </label>
      <Field label="Action" error={at("action")}>
        {(p) => (
          <Select {...p} value={rule.action} onChange={(e) => set({ action: e.target.value as RuleAction })}>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {ACTION_LABEL[a]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {rule.action === "reduce" && (
        <div className="flex flex-wrap gap-3">
          <Field label="Reduce">
            {(p) => (
              <Select {...p} value={rule.reduceBy} onChange={(e) => set({ reduceBy: e.target.value as ReduceBy })}>
                {REDUCE_BY.map((by) => (
                  <option key={by} value={by}>
                    {reduceByLabel(by, agent)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          {rule.reduceBy !== "level" && (
            <Field
              label={rule.reduceBy === "dose" ? `Reduce to (${agent.unit})` : "Reduce by (%)"}
              error={at(amountField)}
            >
              {(p) => (
                <TextInput
                  {...p}
                  type="number"
                  inputMode="decimal"
                  step="any"
                  min={0}
                  value={rule.amount}
                  onChange={(e) => set({ amount: e.target.value })}
                  className="w-28"
                />
              )}
            </Field>
          )}
        </div>
      )}
      <Button type="button" variant="ghost" className="ml-auto" onClick={onRemove}>
        Remove rule {index + 1}
      </Button>
    </fieldset>
  );
}
