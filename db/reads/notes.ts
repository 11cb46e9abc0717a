import "server-only";
import { asc, eq } from "drizzle-orm";
import { readSnapshot, type Tx } from "../client";
import { notes, users } from "../tables";

/** The patient's notes, oldest first, each with its author's name. */
export async function notesOf(tx: Tx, patientId: string) {
  return (
    await tx
      .select({ note: notes, authorName: users.displayName })
      .from(notes)
      .innerJoin(users, eq(users.id, notes.authorId))
      .where(eq(notes.patientId, patientId))
      .orderBy(asc(notes.createdAt))
  ).map(({ note, authorName }) => ({ ...note, authorName }));
}
export type ApiNote = Awaited<ReturnType<typeof notesOf>>[number];

export async function listNotes(patientId: string): Promise<ApiNote[]> {
  return readSnapshot(async (tx) => notesOf(tx, patientId));
}
