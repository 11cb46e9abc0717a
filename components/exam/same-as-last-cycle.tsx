"use client";
import { Button } from "@/components/ui/button";

/**
 * One action that copies the previous exam's findings into the blank fields for review: each is
 * then marked "copied" beside it until the nurse changes it, and nothing already typed is
 * replaced. The grades are never copied: they are the clinician's for today.
 */
export function SameAsLastCycle({
  label,
  copied,
  onCopy,
  autoFocus,
}: {
  /** "cycle 1 of 17 Nov 2026". */
  label: string;
  /** How many findings the last copy filled, or null before any. */
  copied: number | null;
  onCopy: () => void;
  autoFocus: boolean;
}) {
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-slate-300 bg-white p-3">
      <p className="text-sm text-slate-800">
        Last exam: {label}. Copy its findings into the blank fields to check them, then change only what differs today.
      </p>
      <Button type="button" variant="secondary" onClick={onCopy} autoFocus={autoFocus}>
        Same as last cycle
      </Button>
      <p role="status" className="text-sm empty:hidden">
        {copied !== null &&
          (copied === 0
            ? "Nothing to copy: every field already has a value."
            : `Copied ${copied} findings from ${label}, each marked “copied” beside it. Change what differs today (Shift+Tab goes back through the fields), then accept the grades and save.`)}
      </p>
    </div>
  );
}
