import "server-only";
import { asc, eq } from "drizzle-orm";
import { readSnapshot, type Tx } from "../client";
import { doses } from "../schema";

/** The patient's doses, oldest first, read inside the caller's transaction. */
export function dosesOf(tx: Tx, patientId: string) {
  return tx
    .select()
    .from(doses)
    .where(eq(doses.patientId, patientId))
    .orderBy(asc(doses.givenOn), asc(doses.recordedAt))
    .all();
}

export async function listDoses(patientId: string) {
  return readSnapshot((tx) => dosesOf(tx, patientId));
}
