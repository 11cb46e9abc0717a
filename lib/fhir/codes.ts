// Code systems and codes of the FHIR export. A standard code appears only where we could confirm
// that it exists and means what we use it for; everything else is in a local code system under
// LOCAL_BASE. docs/fhir.md lists each code with its system and source.
import type { Coding } from "@medplum/fhirtypes";
import type { AgentCode } from "@/lib/domain/agents";
import type { DoseUnit, Route } from "@/lib/domain/codes";

export const LOCAL_BASE = "https://cipn-watch.example/fhir";

export const SYSTEM = {
  loinc: "http://loinc.org",
  snomed: "http://snomed.info/sct",
  rxnorm: "http://www.nlm.nih.gov/research/umls/rxnorm",
  meddra: "http://terminology.hl7.org/CodeSystem/mdr",
  ucum: "http://unitsofmeasure.org",
  observationCategory: "http://terminology.hl7.org/CodeSystem/observation-category",
  adverseEventSeverity: "http://terminology.hl7.org/CodeSystem/adverse-event-severity",
  flagCategory: "http://terminology.hl7.org/CodeSystem/flag-category",
  identifierType: "http://terminology.hl7.org/CodeSystem/v2-0203",
  exam: `${LOCAL_BASE}/CodeSystem/exam`,
  ankleReflex: `${LOCAL_BASE}/CodeSystem/ankle-reflex`,
  adlImpact: `${LOCAL_BASE}/CodeSystem/adl-impact`,
  agent: `${LOCAL_BASE}/CodeSystem/agent`,
  neuropathy: `${LOCAL_BASE}/CodeSystem/neuropathy`,
  ctcaeGrade: `${LOCAL_BASE}/CodeSystem/ctcae-grade`,
  ruleAction: `${LOCAL_BASE}/CodeSystem/rule-action`,
  alertKind: `${LOCAL_BASE}/CodeSystem/alert-kind`,
  carePlanCategory: `${LOCAL_BASE}/CodeSystem/care-plan-category`,
  supportiveCare: `${LOCAL_BASE}/CodeSystem/supportive-care`,
  response: `${LOCAL_BASE}/CodeSystem/supportive-care-response`,
} as const;

/** Identifier systems: the app's own ids, so a receiver can match a re-export to what it holds. */
export const IDENTIFIER = {
  mrn: `${LOCAL_BASE}/NamingSystem/mrn`,
  assessment: `${LOCAL_BASE}/NamingSystem/assessment`,
  adverseEvent: `${LOCAL_BASE}/NamingSystem/adverse-event`,
  dose: `${LOCAL_BASE}/NamingSystem/dose`,
  planVersion: `${LOCAL_BASE}/NamingSystem/plan-version`,
  alert: `${LOCAL_BASE}/NamingSystem/alert`,
  selfReport: `${LOCAL_BASE}/NamingSystem/self-report`,
  intervention: `${LOCAL_BASE}/NamingSystem/supportive-care`,
} as const;

/** The patient's questionnaire before the exam (lib/self-report-questions.ts), as a canonical URL. */
export const SELF_REPORT_QUESTIONNAIRE = { url: `${LOCAL_BASE}/Questionnaire/cipn-self-report`, version: "1" } as const;

export const ALERT_SEVERITY_EXTENSION = `${LOCAL_BASE}/StructureDefinition/alert-severity`;

const local = (code: string, display: string): Coding => ({ system: SYSTEM.exam, code, display });

/** What each Observation records; the exam's own codes, with a standard code beside it where one fits. */
export const FINDING = {
  exam: [local("cipn-exam", "CIPN bedside exam")],
  monofilamentLeft: [local("monofilament-left-foot", "10-g monofilament, left foot")],
  monofilamentRight: [local("monofilament-right-foot", "10-g monofilament, right foot")],
  sitesFelt: [local("monofilament-sites-felt", "Monofilament sites felt")],
  sitesTested: [local("monofilament-sites-tested", "Monofilament sites tested")],
  vibrationLeft: [local("vibration-left-great-toe", "128-Hz vibration time, left great toe")],
  vibrationRight: [local("vibration-right-great-toe", "128-Hz vibration time, right great toe")],
  ankleReflexLeft: [local("ankle-reflex-left", "Ankle reflex, left")],
  ankleReflexRight: [local("ankle-reflex-right", "Ankle reflex, right")],
  numbness: [local("numbness", "Numbness severity (0-4)")],
  tingling: [local("tingling", "Tingling severity (0-4)")],
  // LOINC 72514-3 is pain of any kind on a 0-10 scale; the exam asks about neuropathic pain on it.
  pain: [
    local("neuropathic-pain", "Neuropathic pain (0-10)"),
    { system: SYSTEM.loinc, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" },
  ],
  coldDysesthesia: [local("cold-dysesthesia", "Cold-triggered dysesthesia")],
  balance: [local("balance-problems", "Balance problems")],
  falls: [local("falls", "Falls since the last exam")],
  fineMotor: [local("fine-motor-trouble", "Fine-motor trouble")],
  adlImpact: [local("functional-impact", "Functional impact of neuropathy")],
  sensoryGrade: [local("ctcae-sensory-grade", "CTCAE v5.0 grade, peripheral sensory neuropathy")],
  motorGrade: [local("ctcae-motor-grade", "CTCAE v5.0 grade, peripheral motor neuropathy")],
} as const satisfies Record<string, readonly Coding[]>;
export type Finding = keyof typeof FINDING;

/** SNOMED CT body structures of the feet, where the monofilament is applied. */
export const FOOT = {
  left: { system: SYSTEM.snomed, code: "22335008", display: "Left foot" },
  right: { system: SYSTEM.snomed, code: "7769000", display: "Right foot" },
} as const satisfies Record<string, Coding>;

/** CTCAE v5.0 terms are MedDRA lowest-level terms; the MedDRA codes are those of the CTCAE v5.0 sheet. */
export const NEUROPATHY = {
  sensory: [
    { system: SYSTEM.neuropathy, code: "peripheral-sensory-neuropathy", display: "Peripheral sensory neuropathy" },
    { system: SYSTEM.meddra, code: "10034620", display: "Peripheral sensory neuropathy" },
  ],
  motor: [
    { system: SYSTEM.neuropathy, code: "peripheral-motor-neuropathy", display: "Peripheral motor neuropathy" },
    { system: SYSTEM.meddra, code: "10034580", display: "Peripheral motor neuropathy" },
  ],
} as const satisfies Record<string, readonly Coding[]>;

/** RxNorm ingredient codes, only for the agents whose code we confirmed (docs/fhir.md). */
export const RXNORM: Partial<Record<AgentCode, string>> = {
  oxaliplatin: "32592",
  cisplatin: "2555",
  carboplatin: "40048",
  paclitaxel: "56946",
  docetaxel: "72962",
  vincristine: "11202",
  bortezomib: "358258",
};

/**
 * Duloxetine's RxNorm ingredient code, the one supportive-care drug the app records (docs/fhir.md):
 * as PharmGKB and CPIC list it (PA10066, ATC N06AX21).
 */
export const DULOXETINE_RXNORM = "72625";

/** SNOMED CT routes of administration. */
export const ROUTE = {
  IV: { system: SYSTEM.snomed, code: "47625008", display: "Intravenous route" },
  SC: { system: SYSTEM.snomed, code: "34206005", display: "Subcutaneous route" },
  PO: { system: SYSTEM.snomed, code: "26643006", display: "Oral route" },
} as const satisfies Record<Route, Coding>;

/** The UCUM code of each dose unit (mg/m2: milligram per square metre of body surface area). */
const UCUM = { "mg/m2": "mg/m2", mg: "mg", "mg/kg": "mg/kg" } as const satisfies Record<DoseUnit, string>;

export function ucumDose(value: number, unit: DoseUnit) {
  return { value, unit, system: SYSTEM.ucum, code: UCUM[unit] };
}
