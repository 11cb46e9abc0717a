import "server-only";
import { eq, sql } from "drizzle-orm";
import type { PatientInput, PatientPatch } from "@/lib/schemas/patient";
import { audit } from "./audit";
import { write, type Tx } from "../client";
import { ConflictError } from "../errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { patients } from "../tables";
import { toApiPatient, ApiPatient } from "../reads/patients";

async function mrnTaken(tx: Tx, mrn: string, exceptId?: string): Promise<boolean> {
  const row = (
    await tx
      .select({ id: patients.id })
      .from(patients)
      .where(sql`upper(${patients.mrn}) = upper(${mrn})`)
      .limit(1)
  )[0];
  return row !== undefined && row.id !== exceptId;
}

export async function createPatient(userId: string, input: PatientInput): Promise<ApiPatient> {
  return write(async (tx) => {
    if (await mrnTaken(tx, input.mrn))
      throw new ConflictError(`A patient with MRN ${input.mrn} is already registered.`);
    const at = now();
    const row = (
      await tx
        .insert(patients)
        .values({
          id: newId(),
          ...input,
          diagnosis: input.diagnosis ?? null,
          riskFactors: input.riskFactors ?? [],
          createdAt: at,
          updatedAt: at,
        })
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "patient.create",
      entity: "patient",
      entityId: row.id,
      patientId: row.id,
      after: row,
    });
    return toApiPatient(row);
  });
}

export async function updatePatient(userId: string, id: string, patch: PatientPatch): Promise<ApiPatient> {
  return write(async (tx) => {
    const current = await requirePatient(tx, id);
    if (current.version !== patch.version)
      throw new ConflictError("Someone changed this patient since you read it.", toApiPatient(current));
    const { version: _read, ...fields } = patch;
    if (fields.mrn && (await mrnTaken(tx, fields.mrn, id)))
      throw new ConflictError(`A patient with MRN ${fields.mrn} is already registered.`);
    const row = (
      await tx
        .update(patients)
        .set({ ...fields, version: current.version + 1, updatedAt: now() })
        .where(eq(patients.id, id))
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "patient.update",
      entity: "patient",
      entityId: id,
      patientId: id,
      before: current,
      after: row,
    });
    // Height and weight move the caps; a new risk factor can rule an agent out.
    await evaluateAndStoreAlerts(tx, userId, id);
    return toApiPatient(row);
  });
}
