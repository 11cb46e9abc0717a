// NCI CTCAE v5.0 peripheral sensory and motor neuropathy: the grade the app suggests from what
// the nurse records, and why (docs/clinical-rules.md, "Grading"). The clinician assigns the
// grade; the suggestion only helps and flags.
import type { AnkleReflex } from "./codes";
import { ANKLE_REFLEXES } from "./codes";
import type { ExamFindings } from "./records";
import { reached } from "./tolerance";

export const MAX_SENSORY_GRADE = 4; // CTCAE v5.0: sensory neuropathy has no grade 5
export const MAX_MOTOR_GRADE = 4; // grade 5 (death) is never recorded in an exam

/** Vibration down by 5 s or more at the great toe: an abnormal finding against the baseline, progression against any earlier exam. */
export const VIBRATION_SECONDS_LOST = 5;

export const SIDES = ["left", "right"] as const;

/** Reflex strength, weakest last: normal, reduced, present only with reinforcement, absent. */
function reflexStrength(r: AnkleReflex): number {
  return ANKLE_REFLEXES.length - ANKLE_REFLEXES.indexOf(r);
}

const REFLEX_WORDS: Record<AnkleReflex, string> = {
  normal: "normal",
  reduced: "reduced",
  reinforcement: "present only with reinforcement",
  absent: "absent",
};

/**
 * The symptoms the patient reports, in words. Acute oxaliplatin cold dysesthesia is left out on
 * purpose: it comes within hours of an infusion and is not the chronic neuropathy the grade measures.
 */
export function reportedSymptoms(exam: Pick<ExamFindings, "symptoms">): string[] {
  const s = exam.symptoms;
  const found: string[] = [];
  if ((s.numbness ?? 0) > 0) found.push(`numbness ${s.numbness}/4`);
  if ((s.tingling ?? 0) > 0) found.push(`tingling ${s.tingling}/4`);
  if ((s.pain ?? 0) > 0) found.push(`neuropathic pain ${s.pain}/10`);
  if (s.balance === true) found.push("balance problems");
  if ((s.falls ?? 0) > 0) found.push(s.falls === 1 ? "1 fall" : `${s.falls} falls`);
  if (s.fineMotor === true) found.push("fine-motor trouble");
  return found;
}

type Findings = Pick<ExamFindings, "monofilament" | "vibration" | "ankleReflex">;

/**
 * The abnormal bedside findings, in words: a monofilament site not felt; vibration not felt, or
 * 5 s or more below the baseline; an ankle reflex weaker than at the baseline. `baseline` is the
 * patient's earliest exam not entered-in-error (null, or the exam itself, at the baseline exam:
 * a reflex already absent before treatment is common with age and is not a finding).
 */
export function abnormalFindings(exam: Findings, baseline: Findings | null): string[] {
  const found: string[] = [];
  for (const side of SIDES) {
    const f = exam.monofilament[side];
    if (f !== null && f.felt < f.tested) found.push(`${side} foot monofilament ${f.felt} of ${f.tested} sites felt`);
  }
  for (const side of SIDES) {
    const now = exam.vibration[side];
    const before = baseline?.vibration[side] ?? null;
    if (now === 0) found.push(`${side} great-toe vibration not felt`);
    else if (now !== null && before !== null && reached(before - now, VIBRATION_SECONDS_LOST)) {
      found.push(`${side} great-toe vibration ${now} s, ${before} s at baseline`);
    }
  }
  for (const side of SIDES) {
    const now = exam.ankleReflex[side];
    const before = baseline?.ankleReflex[side] ?? null;
    if (now !== null && before !== null && reflexStrength(now) < reflexStrength(before)) {
      found.push(`${side} ankle reflex ${REFLEX_WORDS[now]}, ${REFLEX_WORDS[before]} at baseline`);
    }
  }
  return found;
}

const SYMPTOM_WORDS: Record<keyof ExamFindings["symptoms"], string> = {
  numbness: "numbness",
  tingling: "tingling",
  pain: "neuropathic pain",
  coldDysesthesia: "cold dysesthesia",
  balance: "balance",
  falls: "falls",
  fineMotor: "fine-motor trouble",
};

/** What the nurse left blank: a blank is "not asked" or "not done", never a 0. */
export function notRecorded(exam: Omit<ExamFindings, "sensoryGrade" | "motorGrade">): {
  notAsked: string[];
  notDone: string[];
} {
  const notAsked = (Object.keys(SYMPTOM_WORDS) as (keyof ExamFindings["symptoms"])[])
    .filter((k) => exam.symptoms[k] === null)
    .map((k) => SYMPTOM_WORDS[k]);
  if (exam.adlImpact === null) notAsked.push("functional impact");
  const notDone: string[] = [];
  for (const side of SIDES) if (exam.monofilament[side] === null) notDone.push(`${side} foot monofilament`);
  for (const side of SIDES) if (exam.vibration[side] === null) notDone.push(`${side} great-toe vibration`);
  for (const side of SIDES) if (exam.ankleReflex[side] === null) notDone.push(`${side} ankle reflex`);
  return { notAsked, notDone };
}

export interface GradeSuggestion {
  grade: number;
  /** What made the grade: the functional impact, or the symptoms and abnormal findings (none at grade 0). */
  because: string[];
  /** Symptoms and impact left blank: the suggestion could not count them. */
  notAsked: string[];
  /** Bedside measurements left blank. */
  notDone: string[];
}

/**
 * The suggested neuropathy grade and what made it: self-care impact 3, instrumental impact 2,
 * no impact but any symptom or abnormal finding 1 (v5 has no step for symptoms that limit
 * nothing), nothing 0.
 */
export function suggestion(exam: Omit<ExamFindings, "sensoryGrade" | "motorGrade">, baseline: Findings | null) {
  const blanks = notRecorded(exam);
  const result = (grade: number, because: string[]): GradeSuggestion => ({ grade, because, ...blanks });
  switch (exam.adlImpact) {
    case "self-care":
      return result(3, ["symptoms limit self-care"]);
    case "instrumental":
      return result(2, ["symptoms limit instrumental activities of daily living"]);
    case "none":
    case null: {
      const because = [...reportedSymptoms(exam), ...abnormalFindings(exam, baseline)];
      return result(because.length > 0 ? 1 : 0, because);
    }
  }
}

/** The suggestion in one sentence, for the form and the flowsheet. */
export function describeSuggestion(s: GradeSuggestion): string {
  const parts = [`Suggested grade ${s.grade}`];
  parts[0] += s.because.length > 0 ? `: ${s.because.join("; ")}.` : ": no symptom or abnormal finding.";
  if (s.notAsked.length > 0) parts.push(`Not asked: ${s.notAsked.join(", ")}.`);
  if (s.notDone.length > 0) parts.push(`Not done: ${s.notDone.join(", ")}.`);
  return parts.join(" ");
}

export function suggestGrade(exam: Omit<ExamFindings, "sensoryGrade" | "motorGrade">, baseline: Findings | null) {
  return suggestion(exam, baseline).grade;
}

/** The grade the rules use: the higher of sensory and motor. */
export function neuropathyGrade(exam: Pick<ExamFindings, "sensoryGrade" | "motorGrade">): number {
  return Math.max(exam.sensoryGrade, exam.motorGrade);
}

/** Where the recorded grade departs from the suggestion, the form and the flowsheet say so. */
export function gradeDeparture(
  exam: ExamFindings,
  baseline: Findings | null,
): { suggested: number; recorded: number } | null {
  const suggested = suggestGrade(exam, baseline);
  const recorded = neuropathyGrade(exam);
  return suggested === recorded ? null : { suggested, recorded };
}
