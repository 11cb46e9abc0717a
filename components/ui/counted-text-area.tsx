"use client";
import { useId } from "react";
import { MAX_TEXT } from "@/lib/schemas/limits";

const count = new Intl.NumberFormat("en-GB");

/**
 * A free-text field with its label, its error and a count of characters against the API's limit
 * (10,000), shown while typing so the limit is seen before a save, not after it.
 */
export function CountedTextArea({
  label,
  value,
  onChange,
  error,
  id,
  name,
  rows = 2,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  id?: string;
  name?: string;
  rows?: number;
}) {
  const ownId = useId();
  const fieldId = id ?? ownId;
  const over = value.length - MAX_TEXT;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={fieldId}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error) || over > 0}
        aria-describedby={[`${fieldId}-count`, error ? `${fieldId}-error` : ""].filter(Boolean).join(" ")}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
      />
      <span id={`${fieldId}-count`} className={`text-xs ${over > 0 ? "font-semibold text-red-700" : "text-slate-700"}`}>
        {count.format(value.length)} of {count.format(MAX_TEXT)} characters
        {over > 0 && `: ${count.format(over)} over the limit, shorten it to save`}
      </span>
      {error && (
        <span id={`${fieldId}-error`} className="text-sm text-red-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </div>
  );
}
