import type { CodeableConcept, MedicationAdministration } from "@medplum/fhirtypes";
import type { Dose } from "@/db/schema";
import { isAgentCode } from "@/lib/domain/agents";
import { IDENTIFIER, ROUTE, RXNORM, SYSTEM, ucumDose } from "./codes";
import { agentOf, doseUrl, patientRef } from "./references";

/** The agent by its local code, with its RxNorm ingredient code beside it where we have one. */
export function agentConcept(code: string): CodeableConcept {
  const agent = agentOf(code);
  const rxnorm = isAgentCode(code) ? RXNORM[code] : undefined;
  return {
    coding: [
      { system: SYSTEM.agent, code, display: agent.name },
      ...(rxnorm ? [{ system: SYSTEM.rxnorm, code: rxnorm, display: agent.name.toLowerCase() }] : []),
    ],
    text: agent.name,
  };
}

export function medicationAdministration(
  d: Dose,
  patientUrl: string,
): { fullUrl: string; resource: MedicationAdministration } {
  const inError = d.status === "entered-in-error";
  const unit = d.unit;
  return {
    fullUrl: doseUrl(d.id),
    resource: {
      resourceType: "MedicationAdministration",
      identifier: [{ system: IDENTIFIER.dose, value: d.id }],
      status: inError ? "entered-in-error" : "completed",
      medicationCodeableConcept: agentConcept(d.agent),
      subject: patientRef(patientUrl),
      // The API takes instants with seconds and an offset, which FHIR dateTime accepts as they are.
      effectiveDateTime: d.givenAt ?? d.givenOn,
      ...(inError && d.errorReason ? { note: [{ text: `Entered in error: ${d.errorReason}` }] } : {}),
      dosage: {
        // One record may cover identical administrations (28 daily oral doses); the dose is each one's.
        ...(d.administrations > 1 ? { text: `${d.administrations} administrations of ${d.dose} ${unit} each` } : {}),
        ...(d.route ? { route: { coding: [ROUTE[d.route]], text: d.route } } : {}),
        dose: ucumDose(d.dose, unit),
      },
    },
  };
}
