import "server-only";
import { shiftDay } from "@/lib/dates";
import { asc, eq, inArray } from "drizzle-orm";
import type { CourseInput, CyclePatch } from "@/lib/schemas/course";
import { toApiAlert } from "./alerts";
import { audit } from "./audit";
import { getDb, write, type Db, type Tx } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import { loadAgentChanges, toApiAgentChange } from "./course-agents";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "./ids";
import { requirePatient } from "./patient-row";
import { courseAgents, courses, cycles, type Course, type Cycle } from "./schema";

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

function loadCourses(db: Db | Tx, rows: Course[]) {
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

/** Cycle n of a course falls on startDate + (n - 1) x cycleLengthDays. */
export function cycleDate(startDate: string, cycleLengthDays: number, number: number): string {
  return shiftDay(startDate, (number - 1) * cycleLengthDays);
}

export async function createCourse(userId: string, patientId: string, input: CourseInput) {
  return write((tx) => {
    requirePatient(tx, patientId);
    const course = tx
      .insert(courses)
      .values({
        id: newId(),
        patientId,
        name: input.name,
        startDate: input.startDate,
        cycleLengthDays: input.cycleLengthDays,
        setting: input.setting ?? null,
        createdBy: userId,
        createdAt: now(),
      })
      .returning()
      .get();
    for (const a of input.agents) {
      tx.insert(courseAgents)
        .values({
          id: newId(),
          courseId: course.id,
          ...a,
          currentDose: a.dose,
          route: a.route ?? null,
          administrationsPerCycle: a.administrationsPerCycle ?? 1,
        })
        .run();
    }
    for (let n = 1; n <= input.cycles; n++) {
      tx.insert(cycles)
        .values({
          id: newId(),
          courseId: course.id,
          patientId,
          number: n,
          date: cycleDate(input.startDate, input.cycleLengthDays, n),
          status: "planned",
        })
        .run();
    }
    const [created] = loadCourses(tx, [course]);
    audit(tx, { userId, action: "course.create", entity: "course", entityId: course.id, patientId, after: created });
    const { raised } = evaluateAndStoreAlerts(tx, userId, patientId);
    return { course: created!, alerts: raised.map((a) => toApiAlert(a)) };
  });
}

export async function listCourses(patientId: string) {
  const db = getDb();
  const rows = db.select().from(courses).where(eq(courses.patientId, patientId)).orderBy(asc(courses.startDate)).all();
  return loadCourses(db, rows);
}

export function requireCycle(tx: Db | Tx, id: string): Cycle {
  const row = tx.select().from(cycles).where(eq(cycles.id, id)).get();
  if (!row) throw new NotFoundError("The cycle");
  return row;
}

export async function updateCycle(userId: string, id: string, patch: CyclePatch) {
  return write((tx) => {
    const current = requireCycle(tx, id);
    if (current.version !== patch.version)
      throw new ConflictError("Someone changed this cycle since you read it.", toApiCycle(current));
    const row = tx
      .update(cycles)
      .set({
        date: patch.date ?? current.date,
        status: patch.status ?? current.status,
        chair: patch.chair === undefined ? current.chair : patch.chair,
        appointmentTime: patch.appointmentTime === undefined ? current.appointmentTime : patch.appointmentTime,
        version: current.version + 1,
      })
      .where(eq(cycles.id, id))
      .returning()
      .get();
    audit(tx, {
      userId,
      action: "cycle.update",
      entity: "cycle",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    // A moved or cancelled cycle changes what the next planned dose is.
    evaluateAndStoreAlerts(tx, userId, current.patientId);
    return toApiCycle(row);
  });
}
