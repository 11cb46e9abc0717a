"use client";
import { ADL_IMPACTS } from "@/lib/domain/codes";
import { ChoiceGroup, NOT_DONE_KEY, MeasurementField, scoreChoices, YES_NO_CHOICES } from "./exam-controls";
import { NOT_DONE, valueAt } from "./exam-draft";
import { ADL_LABEL } from "./exam-format";
import { fieldNotes, type SectionProps } from "./section-props";

// PRO-CTCAE style 0-4 scores: 0 none to 4 very severe.
const SEVERITY_CHOICES = scoreChoices(4, { 0: "none", 4: "very severe" }, "Not asked");
// n none, i instrumental ADL, s self-care.
const ADL_KEYS = { none: "n", instrumental: "i", "self-care": "s" } as const;
const ADL_CHOICES = [
  ...ADL_IMPACTS.map((a) => ({ value: a, label: ADL_LABEL[a], shortcut: ADL_KEYS[a] })),
  { value: NOT_DONE, label: "Not asked", shortcut: NOT_DONE_KEY },
];

const YES_NO_QUESTIONS = [
  { path: "symptoms.coldDysesthesia", label: "Cold-triggered dysesthesia" },
  { path: "symptoms.balance", label: "Balance problems" },
] as const;

/** What the patient reports, and how far it limits daily life (the CTCAE's measure). */
export function SymptomFields(props: SectionProps) {
  const { draft, set, errorAt, fieldId } = props;
  const s = draft.symptoms;
  const common = (path: string) => ({
    id: fieldId(path),
    onChange: (v: string) => set(path, v),
    error: errorAt(path),
    notes: fieldNotes(props, path),
  });
  return (
    <>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 font-semibold">Symptoms the patient reports</legend>
        <div className="flex flex-col gap-3">
          <ChoiceGroup
            label="Numbness"
            choices={SEVERITY_CHOICES}
            value={s.numbness}
            hint="Type the digit, or x if not asked."
            {...common("symptoms.numbness")}
          />
          <ChoiceGroup
            label="Tingling"
            choices={SEVERITY_CHOICES}
            value={s.tingling}
            {...common("symptoms.tingling")}
          />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <MeasurementField label="Neuropathic pain (0-10)" value={s.pain} {...common("symptoms.pain")} />
            {YES_NO_QUESTIONS.map((q) => (
              <ChoiceGroup
                key={q.path}
                label={q.label}
                choices={YES_NO_CHOICES}
                value={valueAt(draft, q.path)}
                {...common(q.path)}
              />
            ))}
            <MeasurementField label="Falls since last cycle" value={s.falls} {...common("symptoms.falls")} />
            <ChoiceGroup
              label="Fine-motor trouble (buttons, writing)"
              choices={YES_NO_CHOICES}
              value={s.fineMotor}
              {...common("symptoms.fineMotor")}
            />
          </div>
        </div>
      </fieldset>
      <ChoiceGroup
        label="Functional impact"
        choices={ADL_CHOICES}
        value={draft.adlImpact}
        {...common("adlImpact")}
        notes={fieldNotes(props, "adlImpact", (v) => ADL_LABEL[v as keyof typeof ADL_LABEL])}
      />
    </>
  );
}
