/**
 * What "Same as last cycle" offers, in words; `withReport`: the patient answered a self-report
 * today, whose answers fill the symptoms. Rendered by the server and handed to the exam form, so
 * the words are in the page's HTML while the form's code loads (exam-section.tsx), and in none of
 * its JavaScript: on a tablet-speed load they are the largest text of the cycle's first screen.
 */
export function LastExamWords({ label, withReport }: { label: string; withReport: boolean }) {
  return (
    <p className="text-sm text-slate-800">
      Last exam: {label}. Copy its findings into the blank fields to check them, then change only what differs today.
      {withReport && " The symptoms come from the patient's self-report of today, not from last cycle."}
    </p>
  );
}

/**
 * The exam form's place while its code loads (exam-section.tsx): a screen tall, as the form is
 * taller than any screen, so that what follows it (the dose arithmetic, the notes) starts below the
 * screen and never jumps down in front of the nurse as the form appears (layout shift 0.23 on a
 * tablet-speed load without it: docs/benchmarks.md, "Throttled device (web vitals)"). The last
 * exam's words come first, as in the form: the nurse reads what it will offer meanwhile.
 */
export function ExamFormLoading({ words }: { words: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col gap-4">
      {words && <div className="rounded-lg border border-slate-300 bg-white p-3">{words}</div>}
      <p className="text-sm">Loading the exam form…</p>
    </div>
  );
}
