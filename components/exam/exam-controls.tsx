"use client";
// The exam's controls, built for speed by keyboard: a measurement field selects its content when
// tabbed into (typing replaces it) and takes "x" for not done; a choice group moves with the arrow
// keys and also takes each option's own key (a digit for a score, a letter for a word). Beside
// each control go its notes (the previous cycle's value, "copied", "changed", and whatever else a
// section adds), read out with the control, and its error.
import { memo, useId, type KeyboardEvent, type ReactNode } from "react";
import { NOT_DONE } from "./exam-draft";
import { Aside, describedBy, type ControlBasics, type FieldNote } from "./number-field";

/** The key that marks a measurement not done (or a question not asked). */
export const NOT_DONE_KEY = "x";

const sameNotes = (a: readonly FieldNote[] = [], b: readonly FieldNote[] = []) =>
  a.length === b.length && a.every((n, i) => n.key === b[i]!.key && n.text === b[i]!.text && n.strong === b[i]!.strong);

/**
 * Whether a control would render the same: a key typed in one field leaves the other thirty as they
 * were, unrendered (the exam's INP on a throttled tablet: docs/benchmarks.md, "Throttled device").
 * Notes and choices are compared by content, as the sections build them anew each render.
 * `onChange` is not compared: every one sets its control's own path in the form's draft (the
 * sections' `(v) => set(path, v)`) by a dispatch that never changes, so an earlier render's does
 * the same.
 */
function sameControl<P extends { onChange: unknown; notes?: readonly FieldNote[]; choices?: readonly Choice[] }>(
  a: P,
  b: P,
): boolean {
  return Object.keys({ ...a, ...b }).every((key) => {
    const k = key as keyof P;
    if (k === "onChange") return true;
    if (k === "notes") return sameNotes(a.notes, b.notes);
    if (k === "choices")
      return a.choices?.length === b.choices?.length && a.choices!.every((c, i) => sameChoice(c, b.choices![i]!));
    return Object.is(a[k], b[k]);
  });
}

const sameChoice = (a: Choice, b: Choice) => a.value === b.value && a.label === b.label && a.shortcut === b.shortcut;

/** A measurement typed as a number, or marked not done with x (or the button, by pointer). */
export const MeasurementField = memo(function MeasurementField({
  value,
  onChange,
  suffix,
  autoFocus,
  ...common
}: ControlBasics & {
  value: string;
  onChange: (value: string) => void;
  suffix?: string;
  autoFocus?: boolean;
}) {
  const ownId = useId();
  const id = common.id ?? ownId;
  const notDone = value === NOT_DONE;
  function keys(e: KeyboardEvent<HTMLInputElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key.toLowerCase() === NOT_DONE_KEY) {
      e.preventDefault();
      onChange(NOT_DONE);
    } else if (notDone && (e.key === "Backspace" || e.key === "Delete")) {
      e.preventDefault();
      onChange("");
    }
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {common.label}
      </label>
      <span className="flex items-center gap-1">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          autoFocus={autoFocus}
          aria-keyshortcuts={NOT_DONE_KEY}
          // Over "not done", what is typed is only the digits.
          onChange={(e) => onChange(notDone ? e.target.value.replace(/[^\d.,]/g, "") : e.target.value)}
          onKeyDown={keys}
          onFocus={(e) => e.currentTarget.select()}
          aria-invalid={Boolean(common.error)}
          aria-describedby={describedBy(id, common)}
          className={`w-24 rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700 ${notDone ? "italic" : ""}`}
        />
        {suffix && <span className="text-sm text-slate-700">{suffix}</span>}
        {!notDone && (
          // Out of the tab order: by keyboard it is the x key, which the field's shortcut names.
          <button
            type="button"
            tabIndex={-1}
            onClick={() => onChange(NOT_DONE)}
            className="rounded px-1 text-xs text-slate-700 underline"
          >
            Not done
          </button>
        )}
      </span>
      <Aside id={id} {...common} />
    </div>
  );
}, sameControl);

export interface Choice {
  value: string;
  label: string;
  /** A key that picks this option directly (a digit for a score, a letter for a word). */
  shortcut?: string;
}

export const ChoiceGroup = memo(function ChoiceGroup({
  value,
  onChange,
  choices,
  hint,
  ...common
}: ControlBasics & { value: string; onChange: (value: string) => void; choices: readonly Choice[]; hint?: ReactNode }) {
  const ownId = useId();
  const id = common.id ?? ownId;
  function pickByKey(e: KeyboardEvent<HTMLFieldSetElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const choice = choices.find((c) => c.shortcut === e.key.toLowerCase());
    if (!choice) return;
    e.preventDefault();
    onChange(choice.value);
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${choice.value}"]`)?.focus();
  }
  return (
    <fieldset
      id={id}
      onKeyDown={pickByKey}
      aria-describedby={describedBy(id, common)}
      aria-invalid={Boolean(common.error)}
      className="flex flex-col gap-1"
    >
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
              aria-keyshortcuts={c.shortcut}
              className="peer sr-only"
            />
            <span className="block cursor-pointer rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
              {c.label}
              {c.shortcut && /\D/.test(c.shortcut) && <span aria-hidden="true"> ({c.shortcut})</span>}
            </span>
          </label>
        ))}
      </div>
      {hint && <span className="text-xs text-slate-700">{hint}</span>}
      <Aside id={id} {...common} />
    </fieldset>
  );
}, sameControl);

/** Options 0..max, each picked by its digit; with `notDone`, then that option (x) for a question not asked. */
export function scoreChoices(max: number, words: Record<number, string> = {}, notDone?: string): Choice[] {
  const scores = Array.from({ length: max + 1 }, (_, n) => ({
    value: String(n),
    label: words[n] ? `${n} ${words[n]}` : String(n),
    shortcut: String(n),
  }));
  return notDone ? [...scores, { value: NOT_DONE, label: notDone, shortcut: NOT_DONE_KEY }] : scores;
}

/** A question answered yes or no, or not asked. */
export const YES_NO_CHOICES: readonly Choice[] = [
  { value: "yes", label: "Yes", shortcut: "y" },
  { value: "no", label: "No", shortcut: "n" },
  { value: NOT_DONE, label: "Not asked", shortcut: NOT_DONE_KEY },
];
