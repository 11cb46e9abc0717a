"use client";
import { useRef, useState } from "react";
import { Button } from "../ui/button";
import { Select } from "../ui/field";

/**
 * A user's role or home site: choosing in the list changes nothing until the button, which names
 * the change, is pressed. Chromium changes a closed list's value with each arrow key, so a list
 * that saved on every change made a user admin on the way to another role.
 */
export function ChangeOnRequest<T extends string>({
  label,
  value,
  options,
  disabled = false,
  busy,
  onSave,
}: {
  /** "Role of nurse-1": the list's name; the button reads "Change nurse-1's role to admin". */
  label: { list: string; change: string };
  value: T;
  options: readonly { value: T; text: string }[];
  disabled?: boolean;
  busy: boolean;
  onSave: (value: T) => void;
}) {
  const list = useRef<HTMLSelectElement>(null);
  // A choice counts only against the value it was made from: once saved, or changed elsewhere, the
  // list shows the value as it now stands.
  const [choice, setChoice] = useState<{ from: T; to: T } | null>(null);
  const chosen = choice && choice.from === value ? choice.to : value;
  const changed = chosen !== value;
  const chosenText = options.find((o) => o.value === chosen)?.text ?? chosen;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {/* Never wider than its column: a long site name pushed the row's Status and actions off a
          1280 px screen. The open list, the title and the accessible value keep the full text. */}
      <Select
        ref={list}
        aria-label={label.list}
        title={chosenText}
        className="max-w-56 truncate"
        value={chosen}
        disabled={disabled}
        onChange={(e) => setChoice({ from: value, to: e.target.value as T })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
      {changed && (
        <>
          <Button
            variant="secondary"
            busy={busy}
            onClick={() => {
              // The button leaves once the change is saved: the focus waits on the list instead.
              list.current?.focus();
              onSave(chosen);
            }}
          >
            {label.change} to {chosenText}
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              list.current?.focus();
              setChoice(null);
            }}
          >
            Cancel
          </Button>
        </>
      )}
    </div>
  );
}
