// The exam form's state as a pure reducer (tested in tests/exam-form-state.test.ts): the draft,
// where each value came from when the nurse did not type it ("copied" from the last cycle), which
// fields were touched, whether a save was tried, and the server's field errors.
import { footPartner, MEASUREMENT_PATHS, NOT_DONE, valueAt, withValue, type ExamDraft } from "./exam-draft";

export interface ExamFormState {
  draft: ExamDraft;
  /** Field path -> how its value got there without being typed ("copied"); gone once the field changes. */
  marks: Record<string, string>;
  touched: readonly string[];
  /** Save attempts so far: each one shows every message and brings the error summary back into focus. */
  attempts: number;
  serverErrors: Record<string, string>;
  /** Changed since it was opened or restored: only then is it worth storing. */
  dirty: boolean;
}

export type ExamFormAction =
  | { type: "set"; path: string; value: string }
  /** Fills measurements from `values` (a draft; fillablePaths says which), marking each with `mark`; nothing typed is replaced. */
  | { type: "fill"; values: ExamDraft; mark: string }
  | { type: "attempt" }
  | { type: "serverErrors"; errors: Record<string, string> }
  | { type: "reset"; draft: ExamDraft; marks?: Record<string, string> };

export const COPIED = "copied";

export function initialFormState(draft: ExamDraft, marks: Record<string, string> = {}): ExamFormState {
  return { draft, marks, touched: [], attempts: 0, serverErrors: {}, dirty: false };
}

function without<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  if (!keys.some((k) => k in record)) return record;
  return Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));
}

/**
 * One field set by the nurse. A foot's sites felt and sites tested are one measurement: marking
 * either not done marks both, and entering one of a foot marked not done leaves the other blank
 * to fill in, never a number nobody gave.
 */
function setField(state: ExamFormState, path: string, value: string): ExamFormState {
  let draft = withValue(state.draft, path, value);
  const changed = [path];
  const partner = footPartner(path);
  if (partner) {
    const other = valueAt(draft, partner);
    if (value === NOT_DONE && other !== NOT_DONE) draft = withValue(draft, partner, NOT_DONE);
    else if (value !== NOT_DONE && other === NOT_DONE) draft = withValue(draft, partner, "");
    if (valueAt(draft, partner) !== other) changed.push(partner);
  }
  return {
    ...state,
    draft,
    marks: without(state.marks, changed),
    touched: [...new Set([...state.touched, ...changed])],
    serverErrors: without(state.serverErrors, changed),
    dirty: true,
  };
}

/**
 * The fields a fill with `mark` sets: each blank one that `values` has, and for any fill but a
 * copy, each still holding last cycle's copied value: today's patient's answers outrank last
 * cycle's findings (copying first once hid them), never what the nurse typed.
 */
export function fillablePaths(state: Pick<ExamFormState, "draft" | "marks">, values: ExamDraft, mark: string) {
  return MEASUREMENT_PATHS.filter((path) => {
    if (valueAt(values, path).trim() === "") return false;
    return valueAt(state.draft, path).trim() === "" || (state.marks[path] === COPIED && mark !== COPIED);
  });
}

function fill(state: ExamFormState, values: ExamDraft, mark: string): ExamFormState {
  let draft = state.draft;
  const marks = { ...state.marks };
  for (const path of fillablePaths(state, values, mark)) {
    draft = withValue(draft, path, valueAt(values, path));
    marks[path] = mark;
  }
  return { ...state, draft, marks, dirty: true };
}

/** What "Same as last cycle" fills: `copied` findings of last cycle, after `taken` answers of today's self-report. */
export interface CopyCounts {
  copied: number;
  taken: number;
}

/**
 * "Same as last cycle" on a day the patient answered a self-report: the answers fill the symptom
 * fields first, then last cycle's findings fill what is still blank. The symptoms are the
 * patient's word for today: copying last cycle over them saved last cycle's "no falls" over a
 * reported fall with three keys. The caller dispatches the same two fills in the same order.
 */
export function copyCounts(
  state: Pick<ExamFormState, "draft" | "marks">,
  previous: ExamDraft,
  reported: { values: ExamDraft; mark: string } | null,
): CopyCounts {
  const taken = reported ? fillablePaths(state, reported.values, reported.mark) : [];
  const after = reported
    ? fill({ ...initialFormState(state.draft, state.marks) }, reported.values, reported.mark)
    : state;
  return { copied: fillablePaths(after, previous, COPIED).length, taken: taken.length };
}

export function examFormReducer(state: ExamFormState, action: ExamFormAction): ExamFormState {
  switch (action.type) {
    case "set":
      return setField(state, action.path, action.value);
    case "fill":
      return fill(state, action.values, action.mark);
    case "attempt":
      return { ...state, attempts: state.attempts + 1 };
    case "serverErrors":
      return { ...state, serverErrors: action.errors };
    case "reset":
      return initialFormState(action.draft, action.marks);
  }
}

/** The message to show beside a field: the server's, else the check's once touched or after a save attempt. */
export function messageAt(state: ExamFormState, checkErrors: Record<string, string>, path: string): string | undefined {
  return (
    state.serverErrors[path] ?? (state.attempts > 0 || state.touched.includes(path) ? checkErrors[path] : undefined)
  );
}
