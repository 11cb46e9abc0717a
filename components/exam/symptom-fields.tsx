"use client";
import { ADL_IMPACTS } from "@/lib/domain/codes";
import { CheckField, ChoiceGroup, NumberField, scoreChoices } from "./exam-controls";
import { ADL_LABEL } from "./exam-format";
import { comparison } from "./finding-fields";
import type { SectionProps } from "./section-props";

// PRO-CTCAE style 0-4 scores: 0 none to 4 very severe.
const SEVERITY_CHOICES = scoreChoices(4, { 0: "none", 4: "very severe" });
const ADL_CHOICES = ADL_IMPACTS.map((a) => ({ value: a, label: ADL_LABEL[a] }));

/** What the patient reports, and how far it limits daily life (the CTCAE's measure). */
export function SymptomFields(props: SectionProps) {
  const { draft, set, errorAt } = props;
  const s = draft.symptoms;
  return (
    <>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 font-semibold">Symptoms the patient reports</legend>
        <div className="flex flex-col gap-3">
          <ChoiceGroup
            label="Numbness"
            choices={SEVERITY_CHOICES}
            value={s.numbness}
            onChange={(v) => set("symptoms.numbness", v)}
            error={errorAt("symptoms.numbness")}
            hint="Type the digit or use the arrow keys."
            {...comparison(props, "symptoms.numbness")}
          />
          <ChoiceGroup
            label="Tingling"
            choices={SEVERITY_CHOICES}
            value={s.tingling}
            onChange={(v) => set("symptoms.tingling", v)}
            error={errorAt("symptoms.tingling")}
            {...comparison(props, "symptoms.tingling")}
          />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <NumberField
              label="Neuropathic pain (0-10)"
              value={s.pain}
              onChange={(v) => set("symptoms.pain", v)}
              min={0}
              max={10}
              error={errorAt("symptoms.pain")}
              {...comparison(props, "symptoms.pain")}
            />
            <CheckField
              label="Cold-triggered dysesthesia"
              checked={s.coldDysesthesia}
              onChange={(v) => set("symptoms.coldDysesthesia", v)}
              {...comparison(props, "symptoms.coldDysesthesia")}
            />
            <CheckField
              label="Balance problems"
              checked={s.balance}
              onChange={(v) => set("symptoms.balance", v)}
              {...comparison(props, "symptoms.balance")}
            />
            <NumberField
              label="Falls since last cycle"
              value={s.falls}
              onChange={(v) => set("symptoms.falls", v)}
              min={0}
              max={1000}
              error={errorAt("symptoms.falls")}
              {...comparison(props, "symptoms.falls")}
            />
            <CheckField
              label="Fine-motor trouble (buttons, writing)"
              checked={s.fineMotor}
              onChange={(v) => set("symptoms.fineMotor", v)}
              {...comparison(props, "symptoms.fineMotor")}
            />
          </div>
        </div>
      </fieldset>
      <ChoiceGroup
        label="Functional impact"
        choices={ADL_CHOICES}
        value={draft.adlImpact}
        onChange={(v) => set("adlImpact", v)}
        error={errorAt("adlImpact")}
        {...comparison(props, "adlImpact", (v) => ADL_LABEL[v as keyof typeof ADL_LABEL])}
      />
    </>
  );
}
