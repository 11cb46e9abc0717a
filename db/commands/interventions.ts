import "server-only";
import { eq } from "drizzle-orm";
import { interventionWarnings } from "@/lib/domain/interventions";
import type { InterventionInput, InterventionPatch } from "@/lib/schemas/intervention";
import { audit } from "./audit";
import { write } from "../client";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { interventions } from "../tables";
import type { Intervention } from "../schema";
import { agentsOfPatient } from "../reads/interventions";

/** Recorded whatever it is; what the team must know about it comes back as `warnings`, and is audited with it. */
export async function recordIntervention(userId: string, patientId: string, input: InterventionInput) {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    const warnings = interventionWarnings(input.kind, await agentsOfPatient(tx, patientId));
    const at = now();
    const row = (
      await tx
        .insert(interventions)
        .values({
          id: newId(),
          patientId,
          kind: input.kind,
          startedOn: input.startedOn,
          endedOn: input.endedOn ?? null,
          dose: input.dose ?? null,
          notes: input.notes ?? null,
          recordedBy: userId,
          recordedAt: at,
          updatedAt: at,
        })
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "intervention.create",
      entity: "intervention",
      entityId: row.id,
      patientId,
      after: { ...row, warnings },
    });
    return { intervention: row, warnings };
  });
}

/** Its end, the patient's response and the notes; a stale version is refused with the record as it is. */
export async function updateIntervention(userId: string, id: string, patch: InterventionPatch): Promise<Intervention> {
  return write(async (tx) => {
    const current = (await tx.select().from(interventions).where(eq(interventions.id, id)).limit(1))[0];
    if (!current) throw new NotFoundError("The intervention");
    if (current.version !== patch.version)
      throw new ConflictError("Someone changed this intervention since you read it.", current);
    const { version: _read, ...fields } = patch;
    const endedOn = fields.endedOn === undefined ? current.endedOn : fields.endedOn;
    if (endedOn && endedOn < current.startedOn) throw new InvalidError({ endedOn: "Ends before it starts." });
    const row = (
      await tx
        .update(interventions)
        .set({ ...fields, version: current.version + 1, updatedAt: now() })
        .where(eq(interventions.id, id))
        .returning()
    )[0]!;
    await audit(tx, {
      userId,
      action: "intervention.update",
      entity: "intervention",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    return row;
  });
}
