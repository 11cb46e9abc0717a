// A normal bedside exam as the API takes it: every site felt, vibration felt, normal reflexes,
// no symptom, grade 0. Tests lay their findings over it.
export function normalExam(sites = 4, vibration: { left: number; right: number } = { left: 15, right: 15 }) {
  return {
    monofilament: { left: { felt: sites, tested: sites }, right: { felt: sites, tested: sites } },
    vibration,
    ankleReflex: { left: "normal" as const, right: "normal" as const },
    symptoms: { numbness: 0, tingling: 0, pain: 0, coldDysesthesia: false, balance: false, falls: 0, fineMotor: false },
    adlImpact: "none" as const,
    sensoryGrade: 0,
    motorGrade: 0,
  };
}
