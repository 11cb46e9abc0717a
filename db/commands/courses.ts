import "server-only";
import { shiftDay } from "@/lib/dates";
import { eq } from "drizzle-orm";
import type { CourseInput, CyclePatch } from "@/lib/schemas/course";
import { toApiAlert } from "../reads/alerts";
import { audit } from "./audit";
import { write } from "../client";
import { ConflictError } from "../errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { courseAgents, courses, cycles, users } from "../tables";
import { requireSite } from "../reads/sites";
import { toApiCycle, loadCourses, requireCycle } from "../reads/courses";

/** Cycle n of a course falls on startDate + (n - 1) x cycleLengthDays. */
export function cycleDate(startDate: string, cycleLengthDays: number, number: number): string {
  return shiftDay(startDate, (number - 1) * cycleLengthDays);
}

export async function createCourse(userId: string, patientId: string, input: CourseInput) {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    // Given at the site the request names, else at the prescriber's own (docs/sites.md).
    if (input.siteId !== undefined) await requireSite(tx, input.siteId, "siteId");
    const siteId =
      input.siteId ??
      (await tx.select({ siteId: users.siteId }).from(users).where(eq(users.id, userId)).limit(1))[0]?.siteId;
    const course = (
      await tx
        .insert(courses)
        .values({
          id: newId(),
          patientId,
          name: input.name,
          startDate: input.startDate,
          cycleLengthDays: input.cycleLengthDays,
          setting: input.setting ?? null,
          siteId,
          createdBy: userId,
          createdAt: now(),
        })
        .returning()
    )[0]!;
    for (const a of input.agents) {
      await tx.insert(courseAgents).values({
        id: newId(),
        courseId: course.id,
        ...a,
        currentDose: a.dose,
        route: a.route ?? null,
        administrationsPerCycle: a.administrationsPerCycle ?? 1,
      });
    }
    for (let n = 1; n <= input.cycles; n++) {
      await tx.insert(cycles).values({
        id: newId(),
        courseId: course.id,
        patientId,
        number: n,
        date: cycleDate(input.startDate, input.cycleLengthDays, n),
        status: "planned",
      });
    }
    const [created] = await loadCourses(tx, [course]);
    await audit(tx, {
      userId,
      action: "course.create",
      entity: "course",
      entityId: course.id,
      patientId,
      after: created,
    });
    const { raised } = await evaluateAndStoreAlerts(tx, userId, patientId);
    return { course: created!, alerts: raised.map((a) => toApiAlert(a)) };
  });
}

export async function updateCycle(userId: string, id: string, patch: CyclePatch) {
  return write(async (tx) => {
    const current = await requireCycle(tx, id);
    if (current.version !== patch.version)
      throw new ConflictError("Someone changed this cycle since you read it.", toApiCycle(current));
    const row = (
      await tx
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
    )[0]!;
    await audit(tx, {
      userId,
      action: "cycle.update",
      entity: "cycle",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    // A moved or cancelled cycle changes what the next planned dose is.
    await evaluateAndStoreAlerts(tx, userId, current.patientId);
    return toApiCycle(row);
  });
}
