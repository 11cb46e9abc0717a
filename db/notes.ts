import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Role } from "@/lib/domain/codes";
import type { NoteInput } from "@/lib/schemas/note";
import { audit } from "./audit";
import { getDb, write } from "./client";
import { InvalidError } from "./errors";
import { newId, now } from "./ids";
import { requirePatient } from "./patient-row";
import { alerts, cycles, notes, users } from "./schema";

/** Appends a note on one of the patient's cycles or alerts, with its audit row. Never a decision. */
export async function addNote(user: { id: string; role: Role }, patientId: string, input: NoteInput) {
  return write((tx) => {
    requirePatient(tx, patientId);
    const owner = input.cycleId
      ? tx.select({ patientId: cycles.patientId }).from(cycles).where(eq(cycles.id, input.cycleId)).get()
      : tx.select({ patientId: alerts.patientId }).from(alerts).where(eq(alerts.id, input.alertId!)).get();
    if (owner?.patientId !== patientId) {
      const field = input.cycleId ? "cycleId" : "alertId";
      throw new InvalidError({ [field]: `No such ${input.cycleId ? "cycle" : "alert"} for this patient.` });
    }
    const row = tx
      .insert(notes)
      .values({
        id: newId(),
        patientId,
        cycleId: input.cycleId ?? null,
        alertId: input.alertId ?? null,
        text: input.text,
        authorId: user.id,
        authorRole: user.role,
        createdAt: now(),
      })
      .returning()
      .get();
    audit(tx, { userId: user.id, action: "note.create", entity: "note", entityId: row.id, patientId, after: row });
    return { note: row };
  });
}

/** The patient's notes, oldest first, each with its author's name. */
export async function listNotes(patientId: string) {
  return getDb()
    .select({ note: notes, authorName: users.displayName })
    .from(notes)
    .innerJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.patientId, patientId))
    .orderBy(asc(notes.createdAt))
    .all()
    .map(({ note, authorName }) => ({ ...note, authorName }));
}
export type ApiNote = Awaited<ReturnType<typeof listNotes>>[number];
