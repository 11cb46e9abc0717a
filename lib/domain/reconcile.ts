// How the stored alerts follow the record: what to raise, and what to resolve, after a write.
import type { AgentCode } from "./agents";
import type { AlertCondition } from "./alerts";
import { evaluatePatient } from "./alerts";
import type { AlertKind, AlertStatus } from "./codes";
import type { DoseFacts, ExamFacts, PatientRecord } from "./records";

export interface StoredAlert {
  id: string;
  key: string;
  kind: AlertKind;
  agent: AgentCode;
  status: AlertStatus;
  doseId: string | null;
  assessmentId: string | null;
}

export interface Resolution {
  alertId: string;
  reason: string;
}

export interface AlertChanges {
  raise: AlertCondition[];
  resolve: Resolution[];
}

export interface WriteContext {
  /** An amended exam resolves the alerts it raised that its new values no longer meet. */
  amendedAssessmentId?: string;
}

/**
 * Raises each condition not already raised (open or acknowledged alerts with its key), and
 * resolves the open alerts whose ground is gone: a record marked entered-in-error, an amended
 * exam that no longer meets the rule, or a plan now in force for a no-plan alert. Everything
 * else stays open until an oncologist decides: a later alert never closes an earlier one.
 * Re-running with unchanged data changes nothing.
 */
export function reconcileAlerts(
  record: PatientRecord,
  stored: readonly StoredAlert[],
  context: WriteContext = {},
): AlertChanges {
  const conditions = evaluatePatient(record);
  const doseInError = new Set(record.doses.filter((d) => d.enteredInError).map((d) => d.id));
  const examInError = new Set(record.exams.filter((e) => e.enteredInError).map((e) => e.id));
  const stillMet = new Set(conditions.map((c) => c.key));
  const resolve: Resolution[] = [];
  for (const alert of stored) {
    if (alert.status !== "open") continue;
    if (
      (alert.doseId && doseInError.has(alert.doseId)) ||
      (alert.assessmentId && examInError.has(alert.assessmentId))
    ) {
      resolve.push({ alertId: alert.id, reason: "The record behind it was marked entered-in-error." });
    } else if (alert.assessmentId && alert.assessmentId === context.amendedAssessmentId && !stillMet.has(alert.key)) {
      resolve.push({ alertId: alert.id, reason: "The amended exam no longer meets this rule." });
    } else if (alert.kind === "no-plan" && record.plansInForce[alert.agent]) {
      resolve.push({ alertId: alert.id, reason: "A plan for this agent is now in force." });
    }
  }
  // What is resolved now no longer counts as raised: a condition still met through another
  // record is raised again at once, against that record.
  const resolving = new Set(resolve.map((r) => r.alertId));
  const live = new Set(stored.filter((a) => a.status !== "resolved" && !resolving.has(a.id)).map((a) => a.key));
  const raise = conditions.filter((c) => !live.has(c.key));
  return { raise, resolve };
}

/** An exam or a dose as a form holds it before saving: all but what the server gives it on write. */
export type UnsavedRecord =
  | { exam: Omit<ExamFacts, "id" | "recordedAt" | "enteredInError"> }
  | { dose: Omit<DoseFacts, "id" | "recordedAt" | "enteredInError"> };

const UNSAVED_ID = "unsaved";

/**
 * What saving one more exam or dose would raise, by the rules the server runs on the write
 * (reconcileAlerts on the record with it added): the forms show it before the nurse saves. Only
 * what the new record raises itself counts. It is the newest record: "~" sorts after every stored
 * `recordedAt` (ISO timestamps), as the server's own timestamp will.
 */
export function alertsIfSaved(
  record: PatientRecord,
  stored: readonly StoredAlert[],
  unsaved: UnsavedRecord,
): AlertCondition[] {
  const saved = { id: UNSAVED_ID, recordedAt: "~", enteredInError: false };
  const next: PatientRecord =
    "exam" in unsaved
      ? { ...record, exams: [...record.exams, { ...unsaved.exam, ...saved }] }
      : { ...record, doses: [...record.doses, { ...unsaved.dose, ...saved }] };
  return reconcileAlerts(next, stored).raise.filter((a) => a.assessmentId === UNSAVED_ID || a.doseId === UNSAVED_ID);
}
