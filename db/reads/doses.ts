import "server-only";
import { asc, eq } from "drizzle-orm";
import { readSnapshot, type Tx } from "../client";
import { doses } from "../tables";

/** The patient's doses, oldest first, read inside the caller's transaction. */
export async function dosesOf(tx: Tx, patientId: string) {
  return await tx
    .select()
    .from(doses)
    .where(eq(doses.patientId, patientId))
    .orderBy(asc(doses.givenOn), asc(doses.recordedAt));
}

export async function listDoses(patientId: string) {
  return readSnapshot(async (tx) => dosesOf(tx, patientId));
}
