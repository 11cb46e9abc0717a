import "server-only";
import { eq } from "drizzle-orm";
import type { AlertCondition } from "@/lib/domain/alerts";
import type { PatientRecord } from "@/lib/domain/records";
import { reconcileAlerts, type WriteContext } from "@/lib/domain/reconcile";
import { audit } from "./audit";
import type { Tx } from "../client";
import { newId, now } from "../ids";
import { alerts, type Alert } from "../schema";
import { loadPatientRecord } from "../reads/patient-record";

/**
 * Evaluates the rules on the patient's record as it now stands and stores what changed: new
 * alerts raised, open alerts resolved, each with its audit row. Runs inside the triggering
 * write's transaction, so a record and its alerts land together or not at all.
 */
export function evaluateAndStoreAlerts(
  tx: Tx,
  userId: string,
  patientId: string,
  context: WriteContext = {},
): { raised: Alert[]; record: PatientRecord } {
  const record = loadPatientRecord(tx, patientId);
  const stored = tx.select().from(alerts).where(eq(alerts.patientId, patientId)).all();
  const changes = reconcileAlerts(record, stored, context);
  const at = now();
  for (const r of changes.resolve) {
    const before = stored.find((a) => a.id === r.alertId);
    tx.update(alerts)
      .set({ status: "resolved", resolvedAt: at, resolvedReason: r.reason })
      .where(eq(alerts.id, r.alertId))
      .run();
    audit(tx, {
      userId,
      action: "alert.resolve",
      entity: "alert",
      entityId: r.alertId,
      patientId,
      before,
      after: { status: "resolved", reason: r.reason },
    });
  }
  return { raised: changes.raise.map((c) => insertAlert(tx, userId, patientId, c, at)), record };
}

/** Stores a raised alert with its audit row; `userId` null when no one signed in wrote (a patient's report). */
export function insertAlert(tx: Tx, userId: string | null, patientId: string, c: AlertCondition, at: string): Alert {
  const row = tx
    .insert(alerts)
    .values({ id: newId(), patientId, ...c, status: "open", raisedAt: at })
    .returning()
    .get();
  audit(tx, { userId, action: "alert.raise", entity: "alert", entityId: row.id, patientId, after: row });
  return row;
}
