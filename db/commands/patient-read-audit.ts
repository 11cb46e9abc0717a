import "server-only";
import { and, eq } from "drizzle-orm";
import { audit } from "./audit";
import { readSnapshot, write, type Tx } from "../client";
import { jsonText } from "../dialect-sql";
import { auditLog, patients } from "../tables";

/**
 * Who looked at whom: the first read of a patient's record in a session leaves one
 * `patient.read` row (the session named by a tag, not its token). Later reads in that session
 * write nothing, so reading stays a read; the check is repeated inside the write, so two
 * simultaneous first reads leave one row.
 */
export async function auditPatientRead(userId: string, sessionTag: string, patientId: string): Promise<void> {
  const seen = async (db: Tx) =>
    (
      await db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.patientId, patientId),
            eq(auditLog.action, "patient.read"),
            eq(auditLog.userId, userId),
            eq(jsonText(auditLog.after, "session"), sessionTag),
          ),
        )
        .limit(1)
    )[0] !== undefined;
  if (await readSnapshot(seen)) return;
  await write(async (tx) => {
    if (
      (await seen(tx)) ||
      !(await tx.select({ id: patients.id }).from(patients).where(eq(patients.id, patientId)).limit(1))[0]
    )
      return;
    await audit(tx, {
      userId,
      action: "patient.read",
      entity: "patient",
      entityId: patientId,
      patientId,
      after: { session: sessionTag },
    });
  });
}
