// The patients' own reports before today's exams (issue 19): a few of today's waiting patients
// answered on the waiting-room tablet, some at earlier cycles too, so the exam form shows their
// answers and the patient page sets them beside the nurse's grades.
import type { SelfReportAnswers } from "@/lib/domain/self-report";

export interface DemoSelfReport {
  /** Days from today (0: this morning, before the exam). */
  inDays: number;
  answers: SelfReportAnswers;
}

const none = { feet: 0, hands: 0 };
const quiet: SelfReportAnswers = {
  numbness: none,
  tingling: none,
  pain: 0,
  coldDysesthesia: false,
  balance: false,
  fineMotor: false,
  falls: 0,
  adlImpact: "none",
};

/** By MRN (lib/demo/patients-today.ts). */
export const DEMO_SELF_REPORTS: Record<string, DemoSelfReport[]> = {
  // FOLFOX cycle 3 today: the tingling in her feet is up by two since cycle 2, cold sets it off.
  H0688310: [
    { inDays: -28, answers: { ...quiet, coldDysesthesia: true } },
    { inDays: -14, answers: { ...quiet, tingling: { feet: 1, hands: 1 }, coldDysesthesia: true, pain: 1 } },
    {
      inDays: 0,
      answers: {
        ...quiet,
        numbness: { feet: 1, hands: 1 },
        tingling: { feet: 3, hands: 2 },
        coldDysesthesia: true,
        pain: 4,
        fineMotor: true,
        adlImpact: "instrumental",
        comment: "Cold drinks hurt my throat, and my fingers tingle for days after each treatment.",
      },
    },
  ],
  // Cycle 7 of FOLFOX today: mild and steady, nothing to raise.
  H0390562: [
    { inDays: -14, answers: { ...quiet, numbness: { feet: 1, hands: 0 }, tingling: { feet: 1, hands: 1 } } },
    { inDays: 0, answers: { ...quiet, numbness: { feet: 1, hands: 1 }, tingling: { feet: 1, hands: 1 }, pain: 2 } },
  ],
  // BEP cycle 4 today: a fall at home and unsteady on his feet.
  H0701456: [
    { inDays: -21, answers: { ...quiet, tingling: { feet: 1, hands: 0 } } },
    {
      inDays: 0,
      answers: {
        ...quiet,
        numbness: { feet: 2, hands: 0 },
        tingling: { feet: 2, hands: 1 },
        balance: true,
        falls: 1,
        comment: "Fell on the stairs on Sunday, no injury.",
      },
    },
  ],
};
