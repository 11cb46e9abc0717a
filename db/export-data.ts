// What the FHIR export (lib/fhir) is built from: the patient's whole record as db/commands/export.ts reads it.
import type { Alert, Dose, Intervention, Patient, PlanVersion, SelfReport } from "./schema";
import type { RecordStatus, Role, SignatureMeaning } from "@/lib/domain/codes";
import type { ExamFacts } from "@/lib/domain/records";

export interface ExportExam extends ExamFacts {
  status: RecordStatus;
  statusReason: string | null;
  notes: string | null;
  updatedAt: string;
}

export interface ExportPlan extends PlanVersion {
  authorName: string | null;
  signatures: { signerName: string; role: Role; meaning: SignatureMeaning; signedAt: string }[];
}

export interface PatientExport {
  patient: Patient;
  /** Oldest first. */
  exams: ExportExam[];
  /** Oldest first. */
  doses: Dose[];
  /** Per agent, oldest version first. */
  plans: ExportPlan[];
  openAlerts: Alert[];
  /** Supportive care, oldest start first. */
  interventions: Intervention[];
  /** The patient's own reports before the exam, oldest first. */
  selfReports: SelfReport[];
  exportedAt: string;
}
