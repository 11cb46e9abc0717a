"use client";
import { Button } from "@/components/ui/button";
import type { CopyCounts } from "./exam-form-state";

/**
 * One action that copies the previous exam's findings into the blank fields for review: each is
 * then marked "copied" beside it until the nurse changes it, and nothing already typed is
 * replaced. On a day with a self-report, the symptoms come from the patient's answers instead
 * (exam-form-state.ts, copyCounts). The grades are never copied: they are the clinician's for today.
 */
export function SameAsLastCycle({
  label,
  words,
  copied,
  onCopy,
  autoFocus,
}: {
  /** "cycle 1 of 17 Nov 2026". */
  label: string;
  /** What the copy offers, in words, as the server wrote them (last-exam-words.tsx). */
  words: React.ReactNode;
  /** What the last copy filled, or null before any. */
  copied: CopyCounts | null;
  onCopy: () => void;
  autoFocus: boolean;
}) {
  const taken = copied && copied.taken > 0 ? `, and ${copied.taken} answers from today's self-report` : "";
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-slate-300 bg-white p-3">
      {words}
      <Button type="button" variant="secondary" onClick={onCopy} autoFocus={autoFocus}>
        Same as last cycle
      </Button>
      <p role="status" className="text-sm empty:hidden">
        {copied !== null &&
          (copied.copied + copied.taken === 0
            ? "Nothing to copy: every field already has a value."
            : `Copied ${copied.copied} findings from ${label}${taken}, each marked beside it. Change what differs today (Shift+Tab goes back through the fields), then accept the grades and save.`)}
      </p>
    </div>
  );
}
