"use client";
// A number field beside its notes and error, read out with it; the exam's controls
// (exam-controls.tsx) build on it. Its own module, so the dose entry, which needs only this field,
// does not load the exam's controls and draft with the cycle page (docs/benchmarks.md, "Route budgets").
import { Fragment, useId, type ReactNode } from "react";

/** A short note beside a field, read with it: `key` names it ("previous", "mark"); `strong` for what needs a look. */
export interface FieldNote {
  key: string;
  text: ReactNode;
  strong?: boolean;
}

export interface ControlBasics {
  label: string;
  /** The control's id: the error summary links to it. */
  id?: string;
  notes?: readonly FieldNote[];
  error?: string;
}

/** The notes and the error beside a control, read out with it (describedBy). */
export function Aside({ id, notes = [], error }: Omit<ControlBasics, "label"> & { id: string }) {
  return (
    <>
      {notes.length > 0 && (
        <span className="flex flex-wrap gap-x-1 text-xs text-slate-700">
          {notes.map((n, i) => (
            <Fragment key={n.key}>
              {i > 0 && <span aria-hidden="true">·</span>}
              <span id={`${id}-${n.key}`} className={n.strong ? "font-semibold text-slate-900" : undefined}>
                {n.text}
              </span>
            </Fragment>
          ))}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="text-sm text-red-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </>
  );
}

export const describedBy = (id: string, c: Omit<ControlBasics, "label">) =>
  [...(c.notes ?? []).map((n) => `${id}-${n.key}`), c.error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
  undefined;

/** A number: typing replaces what the field held. */
export function NumberField({
  value,
  onChange,
  min,
  max,
  step = 1,
  suffix,
  autoFocus,
  ...common
}: ControlBasics & {
  value: string;
  onChange: (value: string) => void;
  min: number;
  max: number;
  step?: number;
  suffix?: string;
  autoFocus?: boolean;
}) {
  const ownId = useId();
  const id = common.id ?? ownId;
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
          onChange={(e) => onChange(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus={autoFocus}
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
