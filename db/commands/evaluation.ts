import "server-only";
import { eq } from "drizzle-orm";
import type { AlertCondition } from "@/lib/domain/alerts";
import type { PatientRecord } from "@/lib/domain/records";
import { reconcileAlerts, type WriteContext } from "@/lib/domain/reconcile";
import { audit } from "./audit";
import type { Tx } from "../client";
import { newId, now } from "../ids";
import { alerts } from "../tables";
import type { Alert } from "../schema";
import { loadPatientRecord } from "../reads/patient-record";

/**
 * Evaluates the rules on the patient's record as it now stands and stores what changed: new
 * alerts raised, open alerts resolved, each with its audit row. Runs inside the triggering
 * write's transaction, so a record and its alerts land together or not at all.
 */
export async function evaluateAndStoreAlerts(
  tx: Tx,
  userId: string,
  patientId: string,
  context: WriteContext = {},
): Promise<{ raised: Alert[]; record: PatientRecord }> {
  const record = await loadPatientRecord(tx, patientId);
  const stored = await tx.select().from(alerts).where(eq(alerts.patientId, patientId));
  const changes = reconcileAlerts(record, stored, context);
  const at = now();
  for (const r of changes.resolve) {
    const before = stored.find((a) => a.id === r.alertId);
    await tx
      .update(alerts)
      .set({ status: "resolved", resolvedAt: at, resolvedReason: r.reason })
      .where(eq(alerts.id, r.alertId));
    await audit(tx, {
      userId,
      action: "alert.resolve",
      entity: "alert",
      entityId: r.alertId,
      patientId,
      before,
      after: { status: "resolved", reason: r.reason },
    });
  }
  const raised: Alert[] = [];
  for (const c of changes.raise) raised.push(await insertAlert(tx, userId, patientId, c, at));
  return { raised, record };
}

/** Stores a raised alert with its audit row; `userId` null when no one signed in wrote (a patient's report). */
export async function insertAlert(
  tx: Tx,
  userId: string | null,
  patientId: string,
  c: AlertCondition,
  at: string,
): Promise<Alert> {
  const row = (
    await tx
      .insert(alerts)
      .values({ id: newId(), patientId, ...c, status: "open", raisedAt: at })
      .returning()
  )[0]!;
  await audit(tx, { userId, action: "alert.raise", entity: "alert", entityId: row.id, patientId, after: row });
  return row;
}
