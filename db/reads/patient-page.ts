import "server-only";
import { readSnapshot } from "../client";
import { afterTreatmentOf } from "./after-treatment";
import { reviewOf, unlessNotFound } from "./patient-summary";
import { selfReportsBesideExams } from "./self-reports";

/**
 * Everything the patient page shows, in one snapshot: the review, each self-report beside the
 * nurse's exam, and the after-treatment view. Null when no patient has this id (the page answers 404).
 */
export async function findPatientPage(patientId: string) {
  return readSnapshot(async (tx) =>
    unlessNotFound(async () => ({
      review: await reviewOf(tx, patientId),
      selfReports: await selfReportsBesideExams(tx, patientId),
      afterTreatment: await afterTreatmentOf(tx, patientId),
    })),
  );
}

/**
 * What the printed pre-cycle summary shows, in one snapshot: the review and each self-report
 * beside the nurse's exam. Null when no patient has this id.
 */
export async function findPatientSummary(patientId: string) {
  return readSnapshot(async (tx) =>
    unlessNotFound(async () => ({
      review: await reviewOf(tx, patientId),
      selfReports: await selfReportsBesideExams(tx, patientId),
    })),
  );
}
