// One bedside exam as Observations: a panel that holds the notes and points at one Observation
// per finding recorded. A measurement left out as not done gets no Observation.
import type { BundleEntry, Coding, Observation } from "@medplum/fhirtypes";
import type { AdlImpact, AnkleReflex } from "@/lib/domain/codes";
import type { FootMonofilament } from "@/lib/domain/records";
import { FINDING, FOOT, IDENTIFIER, SYSTEM, type Finding } from "./codes";
import type { ExportExam } from "@/db/export-data";
import { fullUrlFor } from "./ids";
import { patientRef, ref } from "./references";

const REFLEX_DISPLAY: Record<AnkleReflex, string> = {
  normal: "Normal",
  reduced: "Reduced",
  reinforcement: "Present only with reinforcement",
  absent: "Absent",
};

export const ADL_DISPLAY: Record<AdlImpact, string> = {
  none: "No limit on daily activities",
  instrumental: "Limits instrumental activities of daily living",
  "self-care": "Limits self-care activities of daily living",
};

type Value = Pick<
  Observation,
  "valueInteger" | "valueBoolean" | "valueQuantity" | "valueCodeableConcept" | "component" | "bodySite"
>;

function coded(system: string, code: string, display: string): Value {
  return { valueCodeableConcept: { coding: [{ system, code, display }], text: display } };
}

/** The findings of an exam with what each one holds; null where it was not done. */
function findingValues(exam: ExportExam): [Finding, "exam" | "survey", Value | null][] {
  const { monofilament, vibration, ankleReflex, symptoms, adlImpact } = exam;
  const integer = (v: number | null) => (v === null ? null : { valueInteger: v });
  const boolean = (v: boolean | null) => (v === null ? null : { valueBoolean: v });
  const seconds = (v: number | null) =>
    v === null ? null : { valueQuantity: { value: v, unit: "s", system: SYSTEM.ucum, code: "s" } };
  const foot = (f: FootMonofilament | null, site: Coding) =>
    f === null
      ? null
      : {
          bodySite: { coding: [site], text: site.display },
          component: [
            { code: { coding: [...FINDING.sitesFelt] }, valueInteger: f.felt },
            { code: { coding: [...FINDING.sitesTested] }, valueInteger: f.tested },
          ],
        };
  const reflex = (r: AnkleReflex | null) => (r === null ? null : coded(SYSTEM.ankleReflex, r, REFLEX_DISPLAY[r]));
  return [
    ["monofilamentLeft", "exam", foot(monofilament.left, FOOT.left)],
    ["monofilamentRight", "exam", foot(monofilament.right, FOOT.right)],
    ["vibrationLeft", "exam", seconds(vibration.left)],
    ["vibrationRight", "exam", seconds(vibration.right)],
    ["ankleReflexLeft", "exam", reflex(ankleReflex.left)],
    ["ankleReflexRight", "exam", reflex(ankleReflex.right)],
    ["numbness", "survey", integer(symptoms.numbness)],
    ["tingling", "survey", integer(symptoms.tingling)],
    ["pain", "survey", integer(symptoms.pain)],
    ["coldDysesthesia", "survey", boolean(symptoms.coldDysesthesia)],
    ["balance", "survey", boolean(symptoms.balance)],
    ["falls", "survey", integer(symptoms.falls)],
    ["fineMotor", "survey", boolean(symptoms.fineMotor)],
    ["adlImpact", "survey", adlImpact === null ? null : coded(SYSTEM.adlImpact, adlImpact, ADL_DISPLAY[adlImpact])],
    ["sensoryGrade", "exam", integer(exam.sensoryGrade)],
    ["motorGrade", "exam", integer(exam.motorGrade)],
  ];
}

const CATEGORY = {
  exam: { system: SYSTEM.observationCategory, code: "exam", display: "Exam" },
  survey: { system: SYSTEM.observationCategory, code: "survey", display: "Survey" },
} as const;

/** The panel's notes: the nurse's notes, and why the record was amended or marked in error. */
function notesOf(exam: ExportExam): Pick<Observation, "note"> {
  const notes: { text: string }[] = [];
  if (exam.notes) notes.push({ text: exam.notes });
  if (exam.statusReason) {
    const why = exam.status === "entered-in-error" ? "Entered in error" : "Amended";
    notes.push({ text: `${why}: ${exam.statusReason}` });
  }
  return notes.length ? { note: notes } : {};
}

export function examObservations(exam: ExportExam, patientUrl: string): BundleEntry<Observation>[] {
  const common = {
    resourceType: "Observation" as const,
    status: exam.status,
    subject: patientRef(patientUrl),
    effectiveDateTime: exam.assessedOn,
    issued: exam.updatedAt,
  };
  const members = findingValues(exam).flatMap(([finding, category, value]) =>
    value === null
      ? []
      : [
          {
            fullUrl: fullUrlFor(`Observation/${exam.id}/${finding}`),
            resource: {
              ...common,
              category: [{ coding: [CATEGORY[category]] }],
              code: { coding: [...FINDING[finding]], text: FINDING[finding][0].display },
              ...value,
            },
          },
        ],
  );
  const panel = {
    fullUrl: fullUrlFor(`Observation/${exam.id}`),
    resource: {
      ...common,
      identifier: [{ system: IDENTIFIER.assessment, value: exam.id }],
      category: [{ coding: [CATEGORY.exam] }],
      code: { coding: [...FINDING.exam], text: FINDING.exam[0].display },
      hasMember: members.map((m) => ref<Observation>(m.fullUrl, "Observation")),
      ...notesOf(exam),
    },
  };
  return [panel, ...members];
}
