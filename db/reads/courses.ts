import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { readSnapshot, type Tx } from "../client";
import { NotFoundError } from "../errors";
import { loadAgentChanges, toApiAgentChange, type AgentChangeRow } from "./course-agents";
import { courseAgents, courses, cycles } from "../tables";
import type { Course, Cycle } from "../schema";

export function toApiCycle(c: Cycle) {
  return {
    id: c.id,
    courseId: c.courseId,
    number: c.number,
    date: c.date,
    status: c.status,
    chair: c.chair,
    appointmentTime: c.appointmentTime,
    version: c.version,
  };
}

export async function loadCourses(db: Tx, rows: Course[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const agentRows = await db.select().from(courseAgents).where(inArray(courseAgents.courseId, ids));
  const cycleRows = await db.select().from(cycles).where(inArray(cycles.courseId, ids)).orderBy(asc(cycles.number));
  const changes: AgentChangeRow[] = [];
  for (const p of new Set(rows.map((r) => r.patientId))) changes.push(...(await loadAgentChanges(db, p)));
  return rows.map((c) => ({
    ...c,
    agents: agentRows
      .filter((a) => a.courseId === c.id)
      .map((a) => ({
        agent: a.agent,
        dose: a.dose,
        unit: a.unit,
        route: a.route,
        administrationsPerCycle: a.administrationsPerCycle,
        currentDose: a.currentDose,
        status: a.status,
        /** What decisions changed on this agent, oldest first: who, when, from, to, why. */
        history: changes.filter((h) => h.courseAgentId === a.id).map(toApiAgentChange),
      })),
    cycles: cycleRows.filter((y) => y.courseId === c.id).map(toApiCycle),
  }));
}
export type ApiCourse = Awaited<ReturnType<typeof loadCourses>>[number];

/** The patient's courses, earliest start first, with their agents and cycles. */
export async function coursesOf(tx: Tx, patientId: string): Promise<ApiCourse[]> {
  const rows = await tx.select().from(courses).where(eq(courses.patientId, patientId)).orderBy(asc(courses.startDate));
  return loadCourses(tx, rows);
}

export async function listCourses(patientId: string) {
  return readSnapshot(async (tx) => coursesOf(tx, patientId));
}

export async function requireCycle(tx: Tx, id: string): Promise<Cycle> {
  const row = (await tx.select().from(cycles).where(eq(cycles.id, id)).limit(1))[0];
  if (!row) throw new NotFoundError("The cycle");
  return row;
}
