import "server-only";
import { asc, eq, or, sql } from "drizzle-orm";
import { bodySurfaceArea } from "@/lib/domain/dose";
import type { PatientInput, PatientPatch } from "@/lib/schemas/patient";
import { audit } from "./audit";
import { getDb, write, type Tx } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "./ids";
import { requirePatient } from "./patient-row";
import { patients, type Patient } from "./schema";

export function toApiPatient(p: Patient) {
  return { ...p, bsa: Math.round(bodySurfaceArea(p.heightCm, p.weightKg) * 100) / 100 };
}
export type ApiPatient = ReturnType<typeof toApiPatient>;

function mrnTaken(tx: Tx, mrn: string, exceptId?: string): boolean {
  const row = tx
    .select({ id: patients.id })
    .from(patients)
    .where(sql`upper(${patients.mrn}) = upper(${mrn})`)
    .get();
  return row !== undefined && row.id !== exceptId;
}

export async function createPatient(userId: string, input: PatientInput): Promise<ApiPatient> {
  return write((tx) => {
    if (mrnTaken(tx, input.mrn)) throw new ConflictError(`A patient with MRN ${input.mrn} is already registered.`);
    const at = now();
    const row = tx
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
      .get();
    audit(tx, { userId, action: "patient.create", entity: "patient", entityId: row.id, patientId: row.id, after: row });
    return toApiPatient(row);
  });
}

export async function getPatient(id: string): Promise<ApiPatient> {
  const row = getDb().select().from(patients).where(eq(patients.id, id)).get();
  if (!row) throw new NotFoundError("The patient");
  return toApiPatient(row);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Patients whose MRN or name (given, family, "Given Family" or "Family, Given") contains `q`. */
export function patientMatches(q: string) {
  const pattern = `%${escapeLike(q)}%`;
  return or(
    sql`${patients.mrn} LIKE ${pattern} ESCAPE '\\'`,
    sql`${patients.familyName} LIKE ${pattern} ESCAPE '\\'`,
    sql`${patients.givenName} LIKE ${pattern} ESCAPE '\\'`,
    sql`(${patients.givenName} || ' ' || ${patients.familyName}) LIKE ${pattern} ESCAPE '\\'`,
    sql`(${patients.familyName} || ', ' || ${patients.givenName}) LIKE ${pattern} ESCAPE '\\'`,
  );
}

export async function listPatients(query: { q?: string; limit: number; offset: number }): Promise<ApiPatient[]> {
  const db = getDb();
  const q = query.q?.trim();
  const where = q ? patientMatches(q) : undefined;
  return db
    .select()
    .from(patients)
    .where(where)
    .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.mrn))
    .limit(query.limit)
    .offset(query.offset)
    .all()
    .map(toApiPatient);
}

export async function updatePatient(userId: string, id: string, patch: PatientPatch): Promise<ApiPatient> {
  return write((tx) => {
    const current = requirePatient(tx, id);
    if (current.version !== patch.version)
      throw new ConflictError("Someone changed this patient since you read it.", toApiPatient(current));
    const { version: _read, ...fields } = patch;
    if (fields.mrn && mrnTaken(tx, fields.mrn, id))
      throw new ConflictError(`A patient with MRN ${fields.mrn} is already registered.`);
    const row = tx
      .update(patients)
      .set({ ...fields, version: current.version + 1, updatedAt: now() })
      .where(eq(patients.id, id))
      .returning()
      .get();
    audit(tx, {
      userId,
      action: "patient.update",
      entity: "patient",
      entityId: id,
      patientId: id,
      before: current,
      after: row,
    });
    // Height and weight move the caps; a new risk factor can rule an agent out.
    evaluateAndStoreAlerts(tx, userId, id);
    return toApiPatient(row);
  });
}
