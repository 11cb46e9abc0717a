import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { audit } from "./audit";
import { getDb, write } from "../client";
import { auditLog, patients } from "../schema";

/**
 * Who looked at whom: the first read of a patient's record in a session leaves one
 * `patient.read` row (the session named by a tag, not its token). Later reads in that session
 * write nothing, so reading stays a read; the check is repeated inside the write, so two
 * simultaneous first reads leave one row.
 */
export function auditPatientRead(userId: string, sessionTag: string, patientId: string): void {
  const seen = (db: Pick<ReturnType<typeof getDb>, "select">) =>
    db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.patientId, patientId),
          eq(auditLog.action, "patient.read"),
          eq(auditLog.userId, userId),
          sql`json_extract(${auditLog.after}, '$.session') = ${sessionTag}`,
        ),
      )
      .get() !== undefined;
  if (seen(getDb())) return;
  write((tx) => {
    if (seen(tx) || !tx.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId)).get()) return;
    audit(tx, {
      userId,
      action: "patient.read",
      entity: "patient",
      entityId: patientId,
      patientId,
      after: { session: sessionTag },
    });
  });
}
