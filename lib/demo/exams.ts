// Turns a severity (see ExamStep) into the bedside exam a nurse would record: findings that fit
// it, with a little patient-to-patient jitter, and the grade that the app would suggest.
import { differenceInYears, parseISO } from "date-fns";
import { ANKLE_REFLEXES, type AnkleReflex } from "@/lib/domain/codes";
import { suggestGrade } from "@/lib/domain/grading";
import type { AssessmentInput } from "@/lib/schemas/assessment";
import type { Rng } from "./random";
import type { DemoPatient, ExamStep } from "./types";

export type BedsideExam = Omit<AssessmentInput, "cycleId" | "assessedOn">;

/** Sites tested per foot: the hallux and metatarsal heads 1, 3 and 5. */
const SITES_TESTED = 4;

export interface ExamBaseline {
  vibrationSeconds: number;
  reflex: AnkleReflex;
}

/** Vibration times fall with age, and absent or reduced ankle reflexes are common when older (docs/clinical-rules.md). */
export function examBaseline(spec: DemoPatient, today: string): ExamBaseline {
  const age = differenceInYears(parseISO(today), parseISO(spec.patient.birthDate));
  const byAge = age < 40 ? 16 : age < 60 ? 14 : age < 70 ? 12 : 9;
  const diabetic = spec.patient.riskFactors?.includes("diabetes") ?? false;
  return {
    vibrationSeconds: spec.vibrationBaseline ?? byAge,
    reflex: spec.reflexBaseline ?? (diabetic || age >= 75 ? "reduced" : "normal"),
  };
}

function sitesLost(severity: number): number {
  return severity < 1 ? 0 : severity < 2 ? 1 : severity < 2.6 ? 2 : 3;
}

function reflexAt(baseline: AnkleReflex, severity: number): AnkleReflex {
  const steps = severity >= 2.3 ? 3 : severity >= 1.6 ? 1 : 0;
  return ANKLE_REFLEXES[Math.min(ANKLE_REFLEXES.length - 1, ANKLE_REFLEXES.indexOf(baseline) + steps)]!;
}

export function bedsideExam(step: ExamStep, baseline: ExamBaseline, rng: Rng, oxaliplatin: boolean): BedsideExam {
  const { severity, pain, notes } = typeof step === "number" ? { severity: step } : step;
  const felt = SITES_TESTED - sitesLost(severity);
  const vibration = () => Math.max(0, Math.round(baseline.vibrationSeconds - 4 * severity + rng.int(-1, 1)));
  const reflex = reflexAt(baseline.reflex, severity);
  const findings = {
    monofilament: { left: { felt, tested: SITES_TESTED }, right: { felt, tested: SITES_TESTED } },
    vibration: { left: vibration(), right: vibration() },
    ankleReflex: { left: reflex, right: reflex },
    symptoms: {
      numbness: severity < 0.5 ? 0 : Math.min(4, Math.round(severity)),
      tingling: severity < 0.5 ? 0 : Math.min(4, Math.max(1, Math.round(severity - 0.3 + rng.next() * 0.6))),
      pain: pain ?? (severity < 2 ? 0 : Math.round((severity - 1.5) * 3)),
      // The acute cold-triggered syndrome of oxaliplatin comes and goes whatever the chronic grade.
      coldDysesthesia: oxaliplatin && rng.next() < 0.6,
      balance: severity >= 2.5,
      falls: severity >= 3 ? 1 : 0,
      fineMotor: severity >= 2,
    },
    adlImpact: severity >= 3 ? "self-care" : severity >= 2 ? "instrumental" : "none",
  } as const;
  // The nurse records the grade the findings suggest (CTCAE v5.0), against the patient's
  // pre-treatment findings; motor signs follow later and milder.
  const before = {
    monofilament: {
      left: { felt: SITES_TESTED, tested: SITES_TESTED },
      right: { felt: SITES_TESTED, tested: SITES_TESTED },
    },
    vibration: { left: baseline.vibrationSeconds, right: baseline.vibrationSeconds },
    ankleReflex: { left: baseline.reflex, right: baseline.reflex },
  };
  const sensoryGrade = suggestGrade(findings, before);
  const motorGrade = severity >= 3 ? 2 : severity >= 2.5 ? 1 : 0;
  return { ...findings, sensoryGrade, motorGrade, notes: notes ?? null };
}
