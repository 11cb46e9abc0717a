// A patient's self-report as POST /api/self-report/{code} takes its answers: mild symptoms,
// below every alert threshold. Tests lay their answers over it.
import type { SelfReportAnswers } from "@/lib/domain/self-report";

export function calmAnswers(overrides: Partial<SelfReportAnswers> = {}): SelfReportAnswers {
  return {
    numbness: { feet: 1, hands: 0 },
    tingling: { feet: 1, hands: 1 },
    pain: 2,
    coldDysesthesia: true,
    balance: false,
    fineMotor: false,
    falls: 0,
    adlImpact: "none",
    ...overrides,
  };
}
