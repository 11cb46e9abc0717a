import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { doses } from "../schema";

export async function listDoses(patientId: string) {
  return getDb()
    .select()
    .from(doses)
    .where(eq(doses.patientId, patientId))
    .orderBy(asc(doses.givenOn), asc(doses.recordedAt))
    .all();
}
