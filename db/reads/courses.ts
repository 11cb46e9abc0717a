import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { readSnapshot, type Db, type Tx } from "../client";
import { NotFoundError } from "../errors";
import { loadAgentChanges, toApiAgentChange } from "./course-agents";
import { courseAgents, courses, cycles, type Course, type Cycle } from "../schema";

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

export function loadCourses(db: Db | Tx, rows: Course[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const agentRows = db.select().from(courseAgents).where(inArray(courseAgents.courseId, ids)).all();
  const cycleRows = db.select().from(cycles).where(inArray(cycles.courseId, ids)).orderBy(asc(cycles.number)).all();
  const changes = [...new Set(rows.map((r) => r.patientId))].flatMap((p) => loadAgentChanges(db, p));
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
export type ApiCourse = ReturnType<typeof loadCourses>[number];

/** The patient's courses, earliest start first, with their agents and cycles. */
export function coursesOf(tx: Tx, patientId: string): ApiCourse[] {
  const rows = tx.select().from(courses).where(eq(courses.patientId, patientId)).orderBy(asc(courses.startDate)).all();
  return loadCourses(tx, rows);
}

export async function listCourses(patientId: string) {
  return readSnapshot((tx) => coursesOf(tx, patientId));
}

export function requireCycle(tx: Db | Tx, id: string): Cycle {
  const row = tx.select().from(cycles).where(eq(cycles.id, id)).get();
  if (!row) throw new NotFoundError("The cycle");
  return row;
}
