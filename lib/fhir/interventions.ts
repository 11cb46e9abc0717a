// Supportive care in FHIR R4 (docs/fhir.md): duloxetine as a MedicationStatement (what the
// patient takes, as the team recorded it), referrals to physical therapy, balance training and
// exercise as ServiceRequests, and what is done to the patient (cryotherapy, compression, other)
// as Procedures. Each names the patient, its period, and the patient's response in a note.
import type { BundleEntry, CodeableConcept, MedicationStatement, Procedure, ServiceRequest } from "@medplum/fhirtypes";
import type { Intervention } from "@/db/schema";
import { INTERVENTION_LABEL, REFERRAL_KINDS } from "@/lib/domain/interventions";
import { DULOXETINE_RXNORM, IDENTIFIER, SYSTEM } from "./codes";
import { fullUrlFor } from "./ids";
import { patientRef } from "./references";

function concept(i: Intervention): CodeableConcept {
  const display = INTERVENTION_LABEL[i.kind];
  return { coding: [{ system: SYSTEM.supportiveCare, code: i.kind, display }], text: display };
}

/** The local code first, then RxNorm's, so a receiving system that knows RxNorm finds the drug. */
function withRxNorm(local: CodeableConcept): CodeableConcept {
  const rxnorm = { system: SYSTEM.rxnorm, code: DULOXETINE_RXNORM, display: "duloxetine" };
  return { ...local, coding: [...(local.coding ?? []), rxnorm] };
}

function period(i: Intervention) {
  return { start: i.startedOn, ...(i.endedOn ? { end: i.endedOn } : {}) };
}

function notes(i: Intervention) {
  return [...(i.notes ? [{ text: i.notes }] : []), ...(i.response ? [{ text: `Response: ${i.response}` }] : [])];
}

const common = (i: Intervention, patientUrl: string) => ({
  identifier: [{ system: IDENTIFIER.intervention, value: i.id }],
  subject: patientRef(patientUrl),
  ...(notes(i).length ? { note: notes(i) } : {}),
});

function medicationStatement(i: Intervention, patientUrl: string): MedicationStatement {
  return {
    resourceType: "MedicationStatement",
    ...common(i, patientUrl),
    status: i.endedOn ? "completed" : "active",
    medicationCodeableConcept: withRxNorm(concept(i)),
    effectivePeriod: period(i),
    dateAsserted: i.recordedAt,
    ...(i.dose !== null
      ? {
          dosage: [
            {
              text: `${i.dose} mg a day`,
              timing: { repeat: { frequency: 1, period: 1, periodUnit: "d" } },
              doseAndRate: [{ doseQuantity: { value: i.dose, unit: "mg", system: SYSTEM.ucum, code: "mg" } }],
            },
          ],
        }
      : {}),
  };
}

function serviceRequest(i: Intervention, patientUrl: string): ServiceRequest {
  return {
    resourceType: "ServiceRequest",
    ...common(i, patientUrl),
    status: i.endedOn ? "completed" : "active",
    intent: "order",
    code: concept(i),
    occurrencePeriod: period(i),
    authoredOn: i.recordedAt,
  };
}

function procedure(i: Intervention, patientUrl: string): Procedure {
  return {
    resourceType: "Procedure",
    ...common(i, patientUrl),
    status: i.endedOn ? "completed" : "in-progress",
    code: concept(i),
    performedPeriod: period(i),
  };
}

export function interventionResource(
  i: Intervention,
  patientUrl: string,
): BundleEntry<MedicationStatement | ServiceRequest | Procedure> {
  const resource =
    i.kind === "duloxetine"
      ? medicationStatement(i, patientUrl)
      : REFERRAL_KINDS.includes(i.kind)
        ? serviceRequest(i, patientUrl)
        : procedure(i, patientUrl);
  return { fullUrl: fullUrlFor(`${resource.resourceType}/${i.id}`), resource };
}
