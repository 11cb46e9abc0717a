"use client";
import { roundDose } from "@/lib/domain/round-dose";
import { Field, TextInput } from "../ui/field";
import type { EditorAgent } from "./editor-agent";
import type { PlanForm } from "./plan-form";

type LimitKey = "cumulativeLimit" | "warnPercent" | "doseCap" | "noCap";

/** The cumulative limit, the percent of it at which to warn, and the per-dose cap, each with its unit and default. */
export function LimitFields({
  form,
  agent,
  errors,
  onChange,
}: {
  form: PlanForm;
  agent: EditorAgent;
  errors: Record<string, string>;
  onChange: (change: Partial<Pick<PlanForm, LimitKey>>) => void;
}) {
  const number = (key: Exclude<LimitKey, "noCap">) => ({
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
        label={`Cumulative limit (${agent.unit} cumulative)`}
        error={errors.cumulativeLimit}
        hint={`Leave empty for no limit. The agent's default: ${agent.defaultLimit}.`}
      >
        {(p) => <TextInput {...p} {...number("cumulativeLimit")} />}
      </Field>
      <Field label="Warn at (% of the limit)" error={errors.warnFraction} hint={warnHint(form, agent)}>
        {(p) => <TextInput {...p} {...number("warnPercent")} max={100} />}
      </Field>
      <div className="flex flex-col gap-2">
        <Field
          label={`Dose cap (${agent.capTerms})`}
          error={errors.doseCap}
          hint={`Leave empty for the agent's default: ${agent.defaultCap}.`}
        >
          {(p) => <TextInput {...p} {...number("doseCap")} disabled={form.noCap} />}
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={form.noCap}
            onChange={(e) => onChange({ noCap: e.target.checked, ...(e.target.checked ? { doseCap: "" } : {}) })}
          />
          No dose cap at all
        </label>
      </div>
    </fieldset>
  );
}

/** "Warns at 680 mg/m2 (the default is 80%)": the level the percent gives on the limit typed. */
function warnHint(form: PlanForm, agent: EditorAgent): string {
  const limit = Number(form.cumulativeLimit);
  const percent = Number(form.warnPercent);
  const level =
    form.cumulativeLimit.trim() !== "" && form.warnPercent.trim() !== "" && limit > 0 && percent > 0
      ? `Warns at ${roundDose((limit * percent) / 100)} ${agent.unit}. `
      : "";
  return `${level}The default is ${Math.round(agent.warnFraction * 100)}%.`;
}
