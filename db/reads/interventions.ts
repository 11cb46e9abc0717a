import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { isAgentCode } from "@/lib/domain/agents";
import { getDb, type Db, type Tx } from "../client";
import { courseAgents, courses, interventions, type Intervention } from "../schema";

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
