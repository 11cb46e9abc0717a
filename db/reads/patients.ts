import "server-only";
import { asc, eq, or, sql, type SQL } from "drizzle-orm";
import { bodySurfaceArea } from "@/lib/domain/dose";
import { readSnapshot, type Tx } from "../client";
import { likeAnyCase } from "../dialect-sql";
import { NotFoundError } from "../errors";
import { patients } from "../tables";
import type { Patient } from "../schema";

export function toApiPatient(p: Patient) {
  return { ...p, bsa: Math.round(bodySurfaceArea(p.heightCm, p.weightKg) * 100) / 100 };
}
export type ApiPatient = ReturnType<typeof toApiPatient>;

/** The patient as the API shows it, read inside the caller's transaction, or 404. */
export async function patientOf(tx: Tx, id: string): Promise<ApiPatient> {
  const row = (await tx.select().from(patients).where(eq(patients.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError("The patient");
  return toApiPatient(row);
}

export async function getPatient(id: string): Promise<ApiPatient> {
  return readSnapshot(async (tx) => patientOf(tx, id));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const APOSTROPHES = /['’]/g;

/** A name as searched: without its apostrophes, straight or curly. */
const withoutApostrophes = (name: SQL) => sql`replace(replace(${name}, '''', ''), '’', '')`;

/**
 * Patients whose MRN or name (given, family, "Given Family" or "Family, Given") contains `q`. Names
 * are compared without apostrophes, so "ONeill" and "O’Neill" find O'Neill, as a clerk types it.
 */
export function patientMatches(q: string) {
  const mrn = likeAnyCase(patients.mrn, `%${escapeLike(q)}%`);
  const bare = q.replace(APOSTROPHES, "");
  if (bare === "") return mrn;
  const pattern = `%${escapeLike(bare)}%`;
  return or(
    mrn,
    ...[
      sql`${patients.familyName}`,
      sql`${patients.givenName}`,
      sql`(${patients.givenName} || ' ' || ${patients.familyName})`,
      sql`(${patients.familyName} || ', ' || ${patients.givenName})`,
    ].map((name) => likeAnyCase(withoutApostrophes(name), pattern)),
  );
}

export async function listPatients(query: { q?: string; limit: number; offset: number }): Promise<ApiPatient[]> {
  const q = query.q?.trim();
  const where = q ? patientMatches(q) : undefined;
  const rows = await readSnapshot((tx) =>
    tx
      .select()
      .from(patients)
      .where(where)
      .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.mrn))
      .limit(query.limit)
      .offset(query.offset),
  );
  return rows.map(toApiPatient);
}
