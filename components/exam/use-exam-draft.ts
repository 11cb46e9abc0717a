"use client";
import { useEffect, useMemo, useReducer, useState } from "react";
import { checkDraft } from "./exam-check";
import { FIELD_LABEL, type ExamDraft } from "./exam-draft";
import { clearStoredDraft, loadStoredDraft, storeDraft } from "./draft-storage";
import { examFormReducer, initialFormState, messageAt } from "./exam-form-state";

/** One entry of the error summary: the field's path, its name and what it needs. */
export interface FormProblem {
  path: string;
  label: string;
  message: string;
}

/**
 * The state of one exam form (exam-form-state.ts): the draft, restored from this browser after a
 * reload and stored on every change; its check by the shared zod schema; the message beside each
 * field; and, after a save attempt, every problem in the form's order for the error summary.
 * The draft is `userId`'s, the user typing (draft-storage.ts). Mount it on the client only (the
 * stored draft is read on the first render).
 */
export function useExamDraft(storageKey: string, userId: string, initial: ExamDraft, cycleId: string | null) {
  const [stored] = useState(() => loadStoredDraft(storageKey, userId));
  const [state, dispatch] = useReducer(
    examFormReducer,
    stored ? initialFormState(stored.draft, stored.marks) : initialFormState(initial),
  );
  const [restoredAt, setRestoredAt] = useState(stored?.savedAt ?? null);
  const check = useMemo(() => checkDraft(state.draft, cycleId), [state.draft, cycleId]);

  useEffect(() => {
    if (state.dirty) storeDraft(storageKey, userId, state);
  }, [state, storageKey, userId]);

  const checkErrors = check.ok ? {} : check.errors;
  const all = { ...checkErrors, ...state.serverErrors };
  const order = Object.keys(FIELD_LABEL);
  const rank = (path: string) => {
    const i = order.findIndex((p) => p === path || p.startsWith(`${path}.`));
    return i === -1 ? order.length : i;
  };
  const problems: FormProblem[] =
    state.attempts === 0
      ? []
      : Object.entries(all)
          .sort(([a], [b]) => rank(a) - rank(b))
          .map(([path, message]) => ({ path, label: FIELD_LABEL[path] ?? labelOfGroup(path), message }));

  return {
    draft: state.draft,
    marks: state.marks,
    attempts: state.attempts,
    set: (path: string, value: string) => dispatch({ type: "set", path, value }),
    fill: (values: ExamDraft, mark: string) => dispatch({ type: "fill", values, mark }),
    check,
    errorAt: (path: string) => messageAt(state, checkErrors, path),
    problems,
    restoredAt,
    markAttempt: () => dispatch({ type: "attempt" }),
    setServerErrors: (errors: Record<string, string>) => dispatch({ type: "serverErrors", errors }),
    /** Starts over from `next` (after a save, or to drop a restored draft). */
    reset: (next: ExamDraft) => {
      clearStoredDraft(storageKey, userId);
      setRestoredAt(null);
      dispatch({ type: "reset", draft: next });
    },
  };
}

/** A message about a group of fields ("monofilament", "monofilament.left") or the request as a whole. */
function labelOfGroup(path: string): string {
  const foot = /^monofilament\.(left|right)$/.exec(path);
  if (foot) return `Monofilament, ${foot[1]} foot`;
  if (path === "monofilament") return "Findings";
  return path === "cycleId" ? "Cycle" : "Exam";
}
