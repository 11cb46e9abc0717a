import "server-only";
import { eq } from "drizzle-orm";
import type { Role } from "@/lib/domain/codes";
import type { NoteInput } from "@/lib/schemas/note";
import { audit } from "./audit";
import { write } from "../client";
import { InvalidError } from "../errors";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { alerts, cycles, notes } from "../tables";

/** Appends a note on one of the patient's cycles or alerts, with its audit row. Never a decision. */
export async function addNote(user: { id: string; role: Role }, patientId: string, input: NoteInput) {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    const owner = input.cycleId
      ? (await tx.select({ patientId: cycles.patientId }).from(cycles).where(eq(cycles.id, input.cycleId)).limit(1))[0]
      : (
          await tx.select({ patientId: alerts.patientId }).from(alerts).where(eq(alerts.id, input.alertId!)).limit(1)
        )[0];
    if (owner?.patientId !== patientId) {
      const field = input.cycleId ? "cycleId" : "alertId";
      throw new InvalidError({ [field]: `No such ${input.cycleId ? "cycle" : "alert"} for this patient.` });
    }
    const row = (
      await tx
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
    )[0]!;
    await audit(tx, {
      userId: user.id,
      action: "note.create",
      entity: "note",
      entityId: row.id,
      patientId,
      after: row,
    });
    return { note: row };
  });
}
