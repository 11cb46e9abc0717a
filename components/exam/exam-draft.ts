// The exam form's state: what the nurse has typed, as text, turned into the API's body and
// checked with the same zod schema the server uses. Kept apart from the components so the form,
// the amendment and the draft storage share one meaning of every field.
import type { z } from "zod";
import type { ApiAssessment } from "@/db/assessments";
import type { AdlImpact, AnkleReflex } from "@/lib/domain/codes";
import type { ExamFindings, FootMonofilament } from "@/lib/domain/records";
import { AssessmentInput } from "@/lib/schemas/assessment";
import { fieldErrors } from "@/lib/schemas/field-errors";

type Sides<T> = { left: T; right: T };

export interface ExamDraft {
  assessedOn: string;
  monofilament: Sides<{ felt: string; tested: string }>;
  vibration: Sides<string>;
  ankleReflex: Sides<AnkleReflex | "">;
  symptoms: {
    numbness: string;
    tingling: string;
    pain: string;
    coldDysesthesia: boolean;
    balance: boolean;
    falls: string;
    fineMotor: boolean;
  };
  adlImpact: AdlImpact | "";
  sensoryGrade: string;
  motorGrade: string;
  notes: string;
}

/** What an exam holds, as stored or answered by the API (grades and notes optional). */
export type ExamValues = Omit<ExamFindings, "sensoryGrade" | "motorGrade"> & {
  sensoryGrade?: number;
  motorGrade?: number;
  notes?: string | null;
};

/** A stored exam as the form's values: the API returns its reflexes and impact as plain strings. */
export function storedExam(a: ApiAssessment): ExamValues & { assessedOn: string } {
  return a as unknown as ExamValues & { assessedOn: string };
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/**
 * A draft laid over an earlier exam: the findings carried forward for the nurse to check and
 * change (the previous cycle's exam), and the grades only when `withGrades` (an amendment),
 * since a new exam's grade is the clinician's to assign, never copied. Without an earlier exam
 * the scores and the impact start blank: a blank is saved as null ("not asked"), never as 0.
 */
export function draftFrom(exam: ExamValues | null, assessedOn: string, withGrades = false): ExamDraft {
  const foot = (f: FootMonofilament | null | undefined) => ({ felt: text(f?.felt), tested: text(f?.tested) });
  const s = exam?.symptoms;
  return {
    assessedOn,
    monofilament: { left: foot(exam?.monofilament.left), right: foot(exam?.monofilament.right) },
    vibration: { left: text(exam?.vibration.left), right: text(exam?.vibration.right) },
    ankleReflex: { left: exam?.ankleReflex.left ?? "", right: exam?.ankleReflex.right ?? "" },
    symptoms: {
      numbness: text(s?.numbness),
      tingling: text(s?.tingling),
      pain: text(s?.pain),
      coldDysesthesia: s?.coldDysesthesia ?? false,
      balance: s?.balance ?? false,
      falls: text(s?.falls),
      fineMotor: s?.fineMotor ?? false,
    },
    adlImpact: exam?.adlImpact ?? "",
    sensoryGrade: withGrades ? text(exam?.sensoryGrade) : "",
    motorGrade: withGrades ? text(exam?.motorGrade) : "",
    notes: withGrades ? (exam?.notes ?? "") : "",
  };
}

/** A blank entry is "not done" (null); anything else must read as a number. */
function numberOrNull(s: string): number | null {
  return s.trim() === "" ? null : Number(s);
}

function footValue(f: { felt: string; tested: string }) {
  if (f.felt.trim() === "" && f.tested.trim() === "") return null;
  return { felt: numberOrNull(f.felt), tested: numberOrNull(f.tested) };
}

/** The body the API takes, before validation. */
export function toBody(draft: ExamDraft) {
  const s = draft.symptoms;
  return {
    assessedOn: draft.assessedOn,
    monofilament: { left: footValue(draft.monofilament.left), right: footValue(draft.monofilament.right) },
    vibration: { left: numberOrNull(draft.vibration.left), right: numberOrNull(draft.vibration.right) },
    ankleReflex: { left: draft.ankleReflex.left || null, right: draft.ankleReflex.right || null },
    symptoms: {
      numbness: numberOrNull(s.numbness),
      tingling: numberOrNull(s.tingling),
      pain: numberOrNull(s.pain),
      coldDysesthesia: s.coldDysesthesia,
      balance: s.balance,
      falls: numberOrNull(s.falls),
      fineMotor: s.fineMotor,
    },
    adlImpact: draft.adlImpact || null,
    sensoryGrade: numberOrNull(draft.sensoryGrade) ?? undefined,
    motorGrade: numberOrNull(draft.motorGrade) ?? undefined,
    notes: draft.notes.trim() === "" ? null : draft.notes,
  };
}

// A blank half of a foot or a stray letter reads as "not a number": say so in the nurse's words.
const plainMessages: z.core.$ZodErrorMap = (issue) => (issue.code === "invalid_type" ? "Enter a number." : undefined);

export type ExamCheck = { ok: true; input: AssessmentInput } | { ok: false; errors: Record<string, string> };

/** The AssessmentInput schema, exactly as the server applies it. */
export function checkDraft(draft: ExamDraft, cycleId: string | null): ExamCheck {
  const result = AssessmentInput.safeParse({ ...toBody(draft), cycleId }, { error: plainMessages });
  return result.success ? { ok: true, input: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** The findings as far as they read, for the suggested grade while the nurse is still typing. */
export function looseFindings(draft: ExamDraft): ExamFindings {
  const body = toBody(draft);
  const valid = (n: number | null) => (n === null || Number.isNaN(n) ? null : n);
  const foot = (f: { felt: number | null; tested: number | null } | null) =>
    f && valid(f.felt) !== null && valid(f.tested) !== null ? { felt: f.felt!, tested: f.tested! } : null;
  return {
    monofilament: { left: foot(body.monofilament.left), right: foot(body.monofilament.right) },
    vibration: { left: valid(body.vibration.left), right: valid(body.vibration.right) },
    ankleReflex: body.ankleReflex,
    symptoms: {
      ...body.symptoms,
      numbness: valid(body.symptoms.numbness),
      tingling: valid(body.symptoms.tingling),
      pain: valid(body.symptoms.pain),
      falls: valid(body.symptoms.falls),
    },
    adlImpact: body.adlImpact,
    sensoryGrade: valid(body.sensoryGrade ?? null) ?? 0,
    motorGrade: valid(body.motorGrade ?? null) ?? 0,
  };
}

/** Sets one field by its path ("monofilament.left.felt"), the same path the API names in `fields`. */
export function withValue(draft: ExamDraft, path: string, value: string | boolean): ExamDraft {
  const next = structuredClone(draft);
  const keys = path.split(".");
  let target = next as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return next;
}

export function valueAt(draft: ExamDraft, path: string): string | boolean {
  let value: unknown = draft;
  for (const k of path.split(".")) value = (value as Record<string, unknown>)[k];
  return value as string | boolean;
}

// The draft survives a reload: one entry per cycle (or per amended exam), removed once saved.
const STORAGE_PREFIX = "cipn-watch:exam-draft:";

export function loadStoredDraft(key: string): { draft: ExamDraft; savedAt: string } | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { draft?: ExamDraft; savedAt?: string };
    return parsed.draft?.monofilament && parsed.savedAt ? { draft: parsed.draft, savedAt: parsed.savedAt } : null;
  } catch {
    return null;
  }
}

export function storeDraft(key: string, draft: ExamDraft): void {
  try {
    window.localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify({ draft, savedAt: new Date().toISOString() }));
  } catch {
    // A full or blocked storage only loses the safety net, never the form itself.
  }
}

export function clearStoredDraft(key: string): void {
  try {
    window.localStorage.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}
