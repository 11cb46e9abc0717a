import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { isAgentCode } from "@/lib/domain/agents";
import { readSnapshot, type Tx } from "../client";
import { courseAgents, courses, interventions } from "../tables";
import type { Intervention } from "../schema";

/** Every agent in any of the patient's courses, past or planned. */
export async function agentsOfPatient(tx: Tx, patientId: string) {
  const courseIds = await tx.select({ id: courses.id }).from(courses).where(eq(courses.patientId, patientId));
  if (courseIds.length === 0) return [];
  return (
    await tx
      .select({ agent: courseAgents.agent })
      .from(courseAgents)
      .where(
        inArray(
          courseAgents.courseId,
          courseIds.map((c) => c.id),
        ),
      )
  )
    .map((a) => a.agent)
    .filter(isAgentCode);
}

/** The patient's supportive care, oldest start first. */
export async function interventionsOf(db: Tx, patientId: string): Promise<Intervention[]> {
  return await db
    .select()
    .from(interventions)
    .where(eq(interventions.patientId, patientId))
    .orderBy(asc(interventions.startedOn), asc(interventions.recordedAt));
}

export async function listInterventions(patientId: string): Promise<Intervention[]> {
  return readSnapshot((tx) => interventionsOf(tx, patientId));
}
