"use client";
import type { Agent } from "@/lib/domain/agents";
import { describeDoseCap } from "@/lib/domain/plan-diff";
import { Field, TextInput } from "../ui/field";
import type { PlanForm } from "./plan-form";

type LimitKey = "cumulativeLimit" | "warnFraction" | "doseCap";

/** The cumulative limit, the fraction of it at which to warn, and the per-dose cap. */
export function LimitFields({
  form,
  agent,
  errors,
  onChange,
}: {
  form: PlanForm;
  agent: Agent;
  errors: Record<string, string>;
  onChange: (change: Partial<Pick<PlanForm, LimitKey>>) => void;
}) {
  const capTerms = agent.cap?.scope === "cycle-mg/m2" ? "mg/m2 per cycle" : "mg per administration";
  const number = (key: LimitKey) => ({
    type: "number",
    inputMode: "decimal" as const,
    step: "any",
    min: 0,
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ [key]: e.target.value }),
  });
  return (
    <fieldset className="grid gap-4 sm:grid-cols-3">
      <legend className="mb-2 text-base font-semibold">Limits</legend>
      <Field
        label={`Cumulative limit (${agent.unit})`}
        error={errors.cumulativeLimit}
        hint={`Leave empty for no limit. Default: ${agent.defaultLimit ? `${agent.defaultLimit.value} (${agent.defaultLimit.basis})` : "none"}.`}
      >
        {(p) => <TextInput {...p} {...number("cumulativeLimit")} />}
      </Field>
      <Field label="Warn at (fraction of the limit)" error={errors.warnFraction} hint="0.8 warns at 80% of the limit.">
        {(p) => <TextInput {...p} {...number("warnFraction")} max={1} />}
      </Field>
      <Field
        label={`Dose cap (${capTerms})`}
        error={errors.doseCap}
        hint={`Leave empty for ${describeDoseCap(null, agent)}.`}
      >
        {(p) => <TextInput {...p} {...number("doseCap")} />}
      </Field>
    </fieldset>
  );
}
