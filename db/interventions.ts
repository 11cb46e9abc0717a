import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { isAgentCode } from "@/lib/domain/agents";
import { interventionWarnings } from "@/lib/domain/interventions";
import type { InterventionInput, InterventionPatch } from "@/lib/schemas/intervention";
import { audit } from "./audit";
import { getDb, write, type Db, type Tx } from "./client";
import { ConflictError, InvalidError, NotFoundError } from "./errors";
import { newId, now } from "./ids";
import { requirePatient } from "./patient-row";
import { courseAgents, courses, interventions, type Intervention } from "./schema";

/** Every agent in any of the patient's courses, past or planned. */
export function agentsOfPatient(tx: Db | Tx, patientId: string) {
  const courseIds = tx.select({ id: courses.id }).from(courses).where(eq(courses.patientId, patientId)).all();
  if (courseIds.length === 0) return [];
  return tx
    .select({ agent: courseAgents.agent })
    .from(courseAgents)
    .where(
      inArray(
        courseAgents.courseId,
        courseIds.map((c) => c.id),
      ),
    )
    .all()
    .map((a) => a.agent)
    .filter(isAgentCode);
}

/** Recorded whatever it is; what the team must know about it comes back as `warnings`, and is audited with it. */
export async function recordIntervention(userId: string, patientId: string, input: InterventionInput) {
  return write((tx) => {
    requirePatient(tx, patientId);
    const warnings = interventionWarnings(input.kind, agentsOfPatient(tx, patientId));
    const at = now();
    const row = tx
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
      .get();
    audit(tx, {
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

/** The patient's supportive care, oldest start first. */
export function interventionsOf(db: Db | Tx, patientId: string): Intervention[] {
  return db
    .select()
    .from(interventions)
    .where(eq(interventions.patientId, patientId))
    .orderBy(asc(interventions.startedOn), asc(interventions.recordedAt))
    .all();
}

export async function listInterventions(patientId: string): Promise<Intervention[]> {
  return interventionsOf(getDb(), patientId);
}

/** Its end, the patient's response and the notes; a stale version is refused with the record as it is. */
export async function updateIntervention(userId: string, id: string, patch: InterventionPatch): Promise<Intervention> {
  return write((tx) => {
    const current = tx.select().from(interventions).where(eq(interventions.id, id)).get();
    if (!current) throw new NotFoundError("The intervention");
    if (current.version !== patch.version)
      throw new ConflictError("Someone changed this intervention since you read it.", current);
    const { version: _read, ...fields } = patch;
    const endedOn = fields.endedOn === undefined ? current.endedOn : fields.endedOn;
    if (endedOn && endedOn < current.startedOn) throw new InvalidError({ endedOn: "Ends before it starts." });
    const row = tx
      .update(interventions)
      .set({ ...fields, version: current.version + 1, updatedAt: now() })
      .where(eq(interventions.id, id))
      .returning()
      .get();
    audit(tx, {
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
