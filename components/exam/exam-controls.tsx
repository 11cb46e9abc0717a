"use client";
// The exam's controls, built for speed by keyboard: a number input selects its content when
// tabbed into (typing replaces it), a radio group moves with the arrow keys and also takes the
// option's own key (a digit for a score), and each control shows the previous cycle's value and
// says in words when the value has changed from it.
import { useId, type KeyboardEvent, type ReactNode } from "react";

interface Common {
  label: string;
  previous?: string;
  changed?: boolean;
  error?: string;
}

function Aside({ id, previous, changed, error }: Omit<Common, "label"> & { id: string }) {
  return (
    <>
      {previous !== undefined && (
        <span id={`${id}-previous`} className="text-xs text-slate-600">
          Last: {previous}
          {changed && <strong className="ml-1 text-slate-900">· changed</strong>}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </span>
      )}
    </>
  );
}

const describedBy = (id: string, c: Omit<Common, "label">) =>
  [c.previous !== undefined ? `${id}-previous` : "", c.error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
  undefined;

export function NumberField({
  value,
  onChange,
  min,
  max,
  step = 1,
  suffix,
  autoFocus,
  ...common
}: Common & {
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  step?: number;
  suffix?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {common.label}
      </label>
      <span className="flex items-center gap-1">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={value}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          aria-invalid={Boolean(common.error)}
          aria-describedby={describedBy(id, common)}
          className="w-20 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700"
        />
        {suffix && <span className="text-sm text-slate-700">{suffix}</span>}
      </span>
      <Aside id={id} {...common} />
    </div>
  );
}

export interface Choice {
  value: string;
  label: string;
  /** A key that picks this option directly (a digit for a score). */
  shortcut?: string;
}

export function ChoiceGroup({
  value,
  onChange,
  choices,
  hint,
  ...common
}: Common & { value: string; onChange: (value: string) => void; choices: readonly Choice[]; hint?: ReactNode }) {
  const id = useId();
  function pickByKey(e: KeyboardEvent<HTMLFieldSetElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const choice = choices.find((c) => c.shortcut === e.key);
    if (!choice) return;
    e.preventDefault();
    onChange(choice.value);
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${choice.value}"]`)?.focus();
  }
  return (
    <fieldset onKeyDown={pickByKey} aria-describedby={describedBy(id, common)} className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium text-slate-800">{common.label}</legend>
      <div className="flex flex-wrap gap-1">
        {choices.map((c) => (
          <label key={c.value} className="relative">
            <input
              type="radio"
              name={id}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              className="peer sr-only"
            />
            <span className="block cursor-pointer rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
              {c.label}
            </span>
          </label>
        ))}
      </div>
      {hint && <span className="text-xs text-slate-600">{hint}</span>}
      <Aside id={id} {...common} />
    </fieldset>
  );
}

export function CheckField({
  checked,
  onChange,
  ...common
}: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={describedBy(id, common)}
          className="h-4 w-4"
        />
        {common.label}
      </label>
      <Aside id={id} {...common} />
    </div>
  );
}

/** Options 0..max, each picked by its digit. */
export function scoreChoices(max: number, words: Record<number, string> = {}): Choice[] {
  return Array.from({ length: max + 1 }, (_, n) => ({
    value: String(n),
    label: words[n] ? `${n} ${words[n]}` : String(n),
    shortcut: String(n),
  }));
}
