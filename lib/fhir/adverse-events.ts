// Each graded neuropathy (grade 1 or more) of an exam as an AdverseEvent carrying its CTCAE grade.
import type { AdverseEvent, BundleEntry, MedicationAdministration } from "@medplum/fhirtypes";
import type { Dose } from "@/db/schema";
import { IDENTIFIER, NEUROPATHY, SYSTEM } from "./codes";
import type { ExportExam } from "@/db/export-data";
import { fullUrlFor } from "./ids";
import { doseUrl, patientRef, ref } from "./references";

/**
 * R4's severity scale has three steps. CTCAE v5.0's general definitions: grade 1 mild, 2 moderate,
 * 3 severe, 4 life-threatening (which R4 can only call severe). The exact grade rides beside it.
 */
function severity(grade: number): AdverseEvent["severity"] {
  const code = grade >= 3 ? "severe" : grade === 2 ? "moderate" : "mild";
  return {
    coding: [
      { system: SYSTEM.adverseEventSeverity, code, display: code[0]!.toUpperCase() + code.slice(1) },
      { system: SYSTEM.ctcaeGrade, code: String(grade), display: `CTCAE v5.0 grade ${grade}` },
    ],
    text: `CTCAE v5.0 grade ${grade}`,
  };
}

/** The last dose of each agent given on or before the exam: what the neuropathy is suspected of. */
function suspects(exam: ExportExam, doses: readonly Dose[]): AdverseEvent["suspectEntity"] {
  const latest = new Map<string, Dose>();
  for (const d of doses) if (d.status === "final" && d.givenOn <= exam.assessedOn) latest.set(d.agent, d);
  return [...latest.values()].map((d) => ({
    instance: ref<MedicationAdministration>(doseUrl(d.id), "MedicationAdministration"),
  }));
}

/** An exam marked entered-in-error yields none: R4 AdverseEvent has no status to say so. */
export function examAdverseEvents(
  exam: ExportExam,
  doses: readonly Dose[],
  patientUrl: string,
): BundleEntry<AdverseEvent>[] {
  if (exam.status === "entered-in-error") return [];
  const graded = [
    ["sensory", exam.sensoryGrade],
    ["motor", exam.motorGrade],
  ] as const;
  const suspectEntity = suspects(exam, doses);
  return graded
    .filter(([, grade]) => grade >= 1)
    .map(([kind, grade]) => ({
      fullUrl: fullUrlFor(`AdverseEvent/${exam.id}/${kind}`),
      resource: {
        resourceType: "AdverseEvent",
        identifier: { system: IDENTIFIER.adverseEvent, value: `${exam.id}/${kind}` },
        actuality: "actual",
        event: { coding: [...NEUROPATHY[kind]], text: NEUROPATHY[kind][0].display },
        subject: patientRef(patientUrl),
        date: exam.assessedOn,
        recordedDate: exam.recordedAt,
        severity: severity(grade),
        ...(suspectEntity?.length ? { suspectEntity } : {}),
      },
    }));
}
