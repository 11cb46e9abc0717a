// The exam form's state: what the nurse has typed, as text, turned into the API's body and
// checked with the same zod schema the server uses (exam-check.ts, apart so that a page showing
// saved exams does not load the schemas). Kept apart from the components so the form, the
// amendment and the draft storage share one meaning of every field.
//
// Every measurement is text with three kinds of value: blank (nobody has entered it yet), NOT_DONE
// (the nurse chose "not done"), or what was entered. Only the last two can be saved: a blank is
// never turned into 0, "no", "normal" or "not done" (issue 13: "nothing recorded that nobody
// entered").
import type { AdlImpact, AnkleReflex } from "@/lib/domain/codes";
import type { ExamFindings, FootMonofilament } from "@/lib/domain/records";

/** The draft's mark for a measurement the nurse chose not to do (stored as null). */
export const NOT_DONE = "not done";

type Sides<T> = { left: T; right: T };

export interface ExamDraft {
  assessedOn: string;
  monofilament: Sides<{ felt: string; tested: string }>;
  vibration: Sides<string>;
  /** An AnkleReflex, NOT_DONE or blank. */
  ankleReflex: Sides<string>;
  /** Scores as digits; yes/no answers as "yes" or "no"; each may be NOT_DONE or blank. */
  symptoms: {
    numbness: string;
    tingling: string;
    pain: string;
    coldDysesthesia: string;
    balance: string;
    falls: string;
    fineMotor: string;
  };
  adlImpact: string;
  sensoryGrade: string;
  motorGrade: string;
  notes: string;
}

/** Every measurement of the exam by its path (the API's path in `fields`), in the form's order, with its name. */
export const MEASUREMENTS = {
  "monofilament.left.felt": "Monofilament, left foot: sites felt",
  "monofilament.left.tested": "Monofilament, left foot: sites tested",
  "monofilament.right.felt": "Monofilament, right foot: sites felt",
  "monofilament.right.tested": "Monofilament, right foot: sites tested",
  "vibration.left": "Vibration, left great toe",
  "vibration.right": "Vibration, right great toe",
  "ankleReflex.left": "Left ankle reflex",
  "ankleReflex.right": "Right ankle reflex",
  "symptoms.numbness": "Numbness",
  "symptoms.tingling": "Tingling",
  "symptoms.pain": "Neuropathic pain",
  "symptoms.coldDysesthesia": "Cold-triggered dysesthesia",
  "symptoms.balance": "Balance problems",
  "symptoms.falls": "Falls since last cycle",
  "symptoms.fineMotor": "Fine-motor trouble",
  adlImpact: "Functional impact",
} as const;
export type MeasurementPath = keyof typeof MEASUREMENTS;
export const MEASUREMENT_PATHS = Object.keys(MEASUREMENTS) as MeasurementPath[];

/** Every field of the form by its path, in the form's order (the error summary's order). */
export const FIELD_LABEL: Record<string, string> = {
  ...MEASUREMENTS,
  sensoryGrade: "Sensory neuropathy grade",
  motorGrade: "Motor neuropathy grade",
  notes: "Notes",
  assessedOn: "Exam date",
};

/** What an exam holds, as stored or answered by the API (grades and notes optional). */
export type ExamValues = Omit<ExamFindings, "sensoryGrade" | "motorGrade"> & {
  sensoryGrade?: number;
  motorGrade?: number;
  notes?: string | null;
};

/** A new exam: every measurement blank, the grades and notes too; only the day is set. */
export function emptyDraft(assessedOn: string): ExamDraft {
  const foot = { felt: "", tested: "" };
  return {
    assessedOn,
    monofilament: { left: { ...foot }, right: { ...foot } },
    vibration: { left: "", right: "" },
    ankleReflex: { left: "", right: "" },
    symptoms: { numbness: "", tingling: "", pain: "", coldDysesthesia: "", balance: "", falls: "", fineMotor: "" },
    adlImpact: "",
    sensoryGrade: "",
    motorGrade: "",
    notes: "",
  };
}

const entry = (v: number | string | null | undefined) => (v === null || v === undefined ? NOT_DONE : String(v));
const yesNo = (b: boolean | null | undefined) => (b === null || b === undefined ? NOT_DONE : b ? "yes" : "no");

/**
 * A stored exam as a draft: what was recorded, and NOT_DONE where it holds null. For an amendment
 * (with its grades and notes) and for "same as last cycle" and the previous values beside each field.
 */
export function draftFrom(exam: ExamValues, assessedOn: string): ExamDraft {
  const foot = (f: FootMonofilament | null) => ({ felt: entry(f?.felt), tested: entry(f?.tested) });
  const s = exam.symptoms;
  return {
    assessedOn,
    monofilament: { left: foot(exam.monofilament.left), right: foot(exam.monofilament.right) },
    vibration: { left: entry(exam.vibration.left), right: entry(exam.vibration.right) },
    ankleReflex: { left: entry(exam.ankleReflex.left), right: entry(exam.ankleReflex.right) },
    symptoms: {
      numbness: entry(s.numbness),
      tingling: entry(s.tingling),
      pain: entry(s.pain),
      coldDysesthesia: yesNo(s.coldDysesthesia),
      balance: yesNo(s.balance),
      falls: entry(s.falls),
      fineMotor: yesNo(s.fineMotor),
    },
    adlImpact: entry(exam.adlImpact),
    sensoryGrade: exam.sensoryGrade === undefined ? "" : String(exam.sensoryGrade),
    motorGrade: exam.motorGrade === undefined ? "" : String(exam.motorGrade),
    notes: exam.notes ?? "",
  };
}

// In the body: NOT_DONE is null; a blank is left undefined, which the schema refuses.
export const blank = (s: string) => s.trim() === "";
function numberOf(s: string): number | null | undefined {
  if (s === NOT_DONE) return null;
  return blank(s) ? undefined : Number(s.replace(",", "."));
}
const choiceOf = <T extends string>(s: string) => (s === NOT_DONE ? null : blank(s) ? undefined : (s as T));
const booleanOf = (s: string) => (s === NOT_DONE ? null : s === "yes" ? true : s === "no" ? false : undefined);

function footValue(f: { felt: string; tested: string }) {
  if (f.felt === NOT_DONE || f.tested === NOT_DONE) return null;
  return { felt: numberOf(f.felt), tested: numberOf(f.tested) };
}

/** The body the API takes, before validation: blanks left undefined. */
export function toBody(draft: ExamDraft) {
  const s = draft.symptoms;
  return {
    assessedOn: draft.assessedOn,
    monofilament: { left: footValue(draft.monofilament.left), right: footValue(draft.monofilament.right) },
    vibration: { left: numberOf(draft.vibration.left), right: numberOf(draft.vibration.right) },
    ankleReflex: {
      left: choiceOf<AnkleReflex>(draft.ankleReflex.left),
      right: choiceOf<AnkleReflex>(draft.ankleReflex.right),
    },
    symptoms: {
      numbness: numberOf(s.numbness),
      tingling: numberOf(s.tingling),
      pain: numberOf(s.pain),
      coldDysesthesia: booleanOf(s.coldDysesthesia),
      balance: booleanOf(s.balance),
      falls: numberOf(s.falls),
      fineMotor: booleanOf(s.fineMotor),
    },
    adlImpact: choiceOf<AdlImpact>(draft.adlImpact),
    sensoryGrade: numberOf(draft.sensoryGrade) ?? undefined,
    motorGrade: numberOf(draft.motorGrade) ?? undefined,
    notes: blank(draft.notes) ? null : draft.notes,
  };
}

/** The measurements nobody has entered or marked not done yet. */
export function blankMeasurements(draft: ExamDraft): MeasurementPath[] {
  return MEASUREMENT_PATHS.filter((path) => blank(valueAt(draft, path)));
}

/** What a blank measurement needs, in the nurse's words. */
export function blankMessage(path: MeasurementPath): string {
  return path.startsWith("symptoms.") || path === "adlImpact"
    ? "Record the patient's answer, or x for not asked."
    : "Enter the finding, or x for not done.";
}

/** The findings as far as they read, for the suggested grade while the nurse is still typing. */
export function looseFindings(draft: ExamDraft): ExamFindings {
  const body = toBody(draft);
  const valid = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? null : n);
  const foot = (f: { felt: number | null | undefined; tested: number | null | undefined } | null) => {
    const [felt, tested] = [valid(f?.felt), valid(f?.tested)];
    return felt !== null && tested !== null ? { felt, tested } : null;
  };
  const s = body.symptoms;
  return {
    monofilament: { left: foot(body.monofilament.left), right: foot(body.monofilament.right) },
    vibration: { left: valid(body.vibration.left), right: valid(body.vibration.right) },
    ankleReflex: { left: body.ankleReflex.left ?? null, right: body.ankleReflex.right ?? null },
    symptoms: {
      numbness: valid(s.numbness),
      tingling: valid(s.tingling),
      pain: valid(s.pain),
      coldDysesthesia: s.coldDysesthesia ?? null,
      balance: s.balance ?? null,
      falls: valid(s.falls),
      fineMotor: s.fineMotor ?? null,
    },
    adlImpact: body.adlImpact ?? null,
    sensoryGrade: valid(body.sensoryGrade) ?? 0,
    motorGrade: valid(body.motorGrade) ?? 0,
  };
}

/** Sets one field by its path ("monofilament.left.felt"), the same path the API names in `fields`. */
export function withValue(draft: ExamDraft, path: string, value: string): ExamDraft {
  const next = structuredClone(draft);
  const keys = path.split(".");
  let target = next as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return next;
}

export function valueAt(draft: ExamDraft, path: string): string {
  let value: unknown = draft;
  for (const k of path.split(".")) value = (value as Record<string, unknown>)[k];
  return value as string;
}

/** The other half of a foot's monofilament entry ("felt" and "tested" go together), or null. */
export function footPartner(path: string): string | null {
  const m = /^monofilament\.(left|right)\.(felt|tested)$/.exec(path);
  return m ? `monofilament.${m[1]}.${m[2] === "felt" ? "tested" : "felt"}` : null;
}
