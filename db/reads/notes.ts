import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { notes, users } from "../schema";

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
