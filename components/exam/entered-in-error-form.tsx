"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { LiveForm } from "@/components/ui/live-form";

/** Marks a record entered-in-error with a reason: it stays readable, struck from the counts. */
export function EnteredInErrorForm({
  what,
  pending,
  error,
  onConfirm,
  onCancel,
}: {
  what: string;
  pending: boolean;
  error?: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const missing = tried && reason.trim() === "";
  return (
    <LiveForm
      aria-label={`Mark ${what} entered in error`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (reason.trim() !== "") onConfirm(reason);
      }}
      className="flex flex-col gap-2 rounded-md border border-slate-400 bg-slate-50 p-3"
    >
      <label htmlFor={id} className="text-sm font-medium">
        Why is {what} entered in error?
      </label>
      <textarea
        id={id}
        rows={2}
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={missing}
        className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
      />
      {(missing || error) && (
        <span role="alert" className="text-sm text-red-700">
          {missing ? "Give a reason." : error}
        </span>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant="danger" busy={pending}>
          Mark entered in error
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </LiveForm>
  );
}
