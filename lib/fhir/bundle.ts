import type { Bundle, BundleEntry } from "@medplum/fhirtypes";
import { examAdverseEvents } from "./adverse-events";
import { carePlan } from "./care-plans";
import type { PatientExport } from "@/db/export-data";
import { alertFlag } from "./flags";
import { interventionResource } from "./interventions";
import { medicationAdministration } from "./medication";
import { examObservations } from "./observations";
import { patientResource } from "./patient";
import { selfReportQuestionnaire, selfReportResponse } from "./questionnaire";
import { patientUrl } from "./references";

/**
 * The patient's whole record as a FHIR R4 collection Bundle. Every entry has a name-based
 * urn:uuid fullUrl and refers to the others by it (docs/fhir.md).
 */
export function patientBundle(data: PatientExport): Bundle & { type: "collection"; entry: BundleEntry[] } {
  const subject = patientUrl(data.patient.id);
  const plans = data.plans.map((plan, i) => {
    const before = data.plans[i - 1];
    return carePlan(plan, before?.agent === plan.agent ? before : undefined, subject);
  });
  const entry: BundleEntry[] = [
    patientResource(data.patient),
    ...data.exams.flatMap((exam) => examObservations(exam, subject)),
    ...data.doses.map((dose) => medicationAdministration(dose, subject)),
    ...data.exams.flatMap((exam) => examAdverseEvents(exam, data.doses, subject)),
    ...plans,
    ...data.openAlerts.map((alert) => alertFlag(alert, subject)),
    ...data.interventions.map((i) => interventionResource(i, subject)),
    ...(data.selfReports.length > 0 ? [selfReportQuestionnaire()] : []),
    ...data.selfReports.map((r) => selfReportResponse(r, subject)),
  ];
  return { resourceType: "Bundle", type: "collection", timestamp: data.exportedAt, entry };
}
