"use client";
import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * The one interruption of the dose form: a modal that asks for a decision before a dose past a
 * limit, a cap or a grade rule is recorded (docs/clinical-rules.md, "Alert design"). The native dialog keeps
 * focus inside and closes on Escape.
 */
export function ConfirmDialog({
  open,
  title,
  reasons,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  reasons: string[];
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      aria-labelledby={titleId}
      className="m-auto max-w-lg rounded-lg border-2 border-red-700 p-5 backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="mb-2 text-lg font-semibold">
        <span aria-hidden="true">■ </span>
        {title}
      </h2>
      <ul className="mb-4 list-disc pl-5 text-sm">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Button type="button" variant="secondary" onClick={onCancel} autoFocus>
          Go back
        </Button>
        <Button type="button" variant="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
