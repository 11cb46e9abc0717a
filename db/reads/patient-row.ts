import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { NotFoundError } from "../errors";
import { patients } from "../tables";
import type { Patient } from "../schema";

/**
 * The patient's row inside a transaction, or 404. Its own module, below both the patient writes
 * (db/commands/patients.ts) and the alert evaluation (db/commands/evaluation.ts) that each need it, so neither
 * imports the other back.
 */
export async function requirePatient(tx: Tx, id: string): Promise<Patient> {
  const row = (await tx.select().from(patients).where(eq(patients.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError("The patient");
  return row;
}
