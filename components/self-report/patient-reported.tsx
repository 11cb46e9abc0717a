"use client";
import { useState } from "react";
import { emptyDraft, type ExamDraft } from "@/components/exam/exam-draft";
import { useClinicZone } from "@/components/clinic-zone";
import { Button } from "@/components/ui/button";
import type { ApiSelfReport } from "@/db/reads/self-reports";
import { examSymptomsOf } from "@/lib/domain/self-report";
import { formatTime } from "@/lib/dates";

/** The mark beside a field filled from the patient's answers, until the nurse changes it. */
export const PATIENT_REPORTED = "patient reported";

const yesNo = (b: boolean) => (b ? "yes" : "no");

/** The patient's answers as an exam draft: the symptom fields and the impact, every other field blank. */
export function reportedDraft(report: ApiSelfReport, assessedOn: string): ExamDraft {
  const s = examSymptomsOf(report);
  return {
    ...emptyDraft(assessedOn),
    symptoms: {
      numbness: String(s.numbness),
      tingling: String(s.tingling),
      pain: String(s.pain),
      coldDysesthesia: yesNo(s.coldDysesthesia),
      balance: yesNo(s.balance),
      falls: String(s.falls),
      fineMotor: yesNo(s.fineMotor),
    },
    adlImpact: s.adlImpact,
  };
}

/**
 * What the patient reported before the exam (each answer also shows beside its field), and one
 * action that takes the answers into the symptom fields left blank or copied from last cycle,
 * each then marked "patient reported". Nothing the nurse typed is replaced.
 */
export function PatientReported({
  report,
  fillable,
  onTake,
}: {
  report: ApiSelfReport;
  /** How many fields (blank, or copied from last cycle) the answers would fill now. */
  fillable: number;
  onTake: () => void;
}) {
  const zone = useClinicZone();
  const [taken, setTaken] = useState<number | null>(null);
  return (
    <section
      aria-label="Patient reported"
      className="flex flex-col items-start gap-2 rounded-lg border border-brand-700 bg-brand-50 p-3 text-sm"
    >
      <p>
        <strong>The patient reported at {formatTime(report.submittedAt, zone)}</strong> (each answer is beside its
        field). Feet: numbness {report.numbness.feet}, tingling {report.tingling.feet} of 4. Hands: numbness{" "}
        {report.numbness.hands}, tingling {report.tingling.hands} of 4. The exam takes the worse of the two.
      </p>
      {report.comment && <p>Their comment: “{report.comment}”</p>}
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          setTaken(fillable);
          onTake();
        }}
      >
        Take the patient&apos;s answers
      </Button>
      <p role="status" className="empty:hidden">
        {taken !== null &&
          (taken === 0
            ? "Nothing to take: every symptom field already has your entry."
            : `Took ${taken} answers into the symptom fields left blank or copied from last cycle, each marked “patient reported” beside it. Ask the patient, and change what you find differs.`)}
      </p>
    </section>
  );
}
