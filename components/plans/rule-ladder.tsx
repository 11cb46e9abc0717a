"use client";
import { Button } from "../ui/button";
import type { EditorAgent } from "./editor-agent";
import { newRuleKey, type RuleForm } from "./plan-form";
import { RuleRow } from "./rule-row";

/** The ladder of grade rules: add, change and remove rungs. Their order does not matter: the most severe match wins. */
export function RuleLadder({
  rules,
  agent,
  errors,
  onChange,
}: {
  rules: RuleForm[];
  agent: EditorAgent;
  errors: Record<string, string>;
  onChange: (rules: RuleForm[]) => void;
}) {
  const replace = (i: number, rule: RuleForm) => onChange(rules.map((r, j) => (j === i ? rule : r)));
  const add = () =>
    onChange([
      ...rules,
      { key: newRuleKey(), minGrade: "2", withPain: false, action: "reduce", reduceBy: "level", amount: "" },
    ]);
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-base font-semibold">Grade rules</legend>
      <p className="text-sm text-slate-700">
        Of the rules an exam meets, the one with the most severe action wins (stop, then hold, then reduce).
      </p>
      {rules.map((rule, i) => (
        <RuleRow
          key={rule.key}
          index={i}
          rule={rule}
          agent={agent}
          errors={errors}
          onChange={(r) => replace(i, r)}
          onRemove={() => onChange(rules.filter((_, j) => j !== i))}
        />
      ))}
      {errors.rules && (
        <p role="alert" className="text-sm text-red-700">
          {errors.rules}
        </p>
      )}
      <div>
        <Button type="button" variant="secondary" onClick={add}>
          Add a rule
        </Button>
      </div>
    </fieldset>
  );
}
