"use client";
import { useEffect, useMemo, useState } from "react";
import { checkDraft, clearStoredDraft, loadStoredDraft, storeDraft, withValue, type ExamDraft } from "./exam-draft";

/**
 * The state of one exam form: the draft (restored from this browser after a reload, stored on
 * every change), its check by the shared zod schema, and which messages to show: a field's
 * own as soon as it is touched, all after a save attempt, and the server's until the field
 * changes again. Mount it on the client only (the stored draft is read on the first render).
 */
export function useExamDraft(storageKey: string, initial: ExamDraft, cycleId: string | null) {
  const [stored] = useState(() => loadStoredDraft(storageKey));
  const [draft, setDraft] = useState<ExamDraft>(stored?.draft ?? initial);
  const [restoredAt, setRestoredAt] = useState(stored?.savedAt ?? null);
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const check = useMemo(() => checkDraft(draft, cycleId), [draft, cycleId]);

  useEffect(() => {
    if (dirty) storeDraft(storageKey, draft);
  }, [dirty, draft, storageKey]);

  function set(path: string, value: string | boolean) {
    setDraft((d) => withValue(d, path, value));
    setDirty(true);
    setTouched((t) => new Set(t).add(path));
    setServerErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _gone, ...rest } = e;
      return rest;
    });
  }

  const clientErrors = check.ok ? {} : check.errors;
  function errorAt(path: string): string | undefined {
    return serverErrors[path] ?? (submitted || touched.has(path) ? clientErrors[path] : undefined);
  }

  /** Starts over from `next` (after a save, or to drop a restored draft). */
  function reset(next: ExamDraft) {
    clearStoredDraft(storageKey);
    setDraft(next);
    setRestoredAt(null);
    setDirty(false);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
  }

  return {
    draft,
    set,
    check,
    errorAt,
    /** Errors with no field of their own ("Record at least one measurement"). */
    formError: submitted ? (serverErrors.monofilament ?? clientErrors.monofilament ?? serverErrors.body) : undefined,
    restoredAt,
    markSubmitted: () => setSubmitted(true),
    setServerErrors,
    reset,
  };
}
