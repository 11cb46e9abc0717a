import "server-only";
import { and, eq, exists, inArray, ne, sql, type SQL } from "drizzle-orm";
import { decidesTheDose } from "@/lib/domain/codes";
import { holdExam, sinceHold, type SinceHold } from "@/lib/domain/hold-review";
import type { AgentCode } from "@/lib/domain/agents";
import type { Tx } from "../client";
import { alerts, assessments, courseAgentChanges, courseAgents, courses, cycles, patients } from "../tables";

export interface SettledHold {
  patientId: string;
  /** "Family, Given". */
  name: string;
  mrn: string;
  agent: AgentCode;
  course: SinceHold;
}

/**
 * The holds the neuropathy has settled since (lib/domain/hold-review.ts), across the ward or one
 * site's courses: each agent held in a course with a cycle still planned and no open alert that
 * decides its dose (which the alerts page lists already). A hold stands until an oncologist lifts
 * it, so the alerts page lists these for review too. Read within the caller's snapshot.
 */
export async function settledHoldsOf(tx: Tx, siteId?: string): Promise<SettledHold[]> {
  const conditions: SQL[] = [
    eq(courseAgents.status, "held"),
    exists(
      tx
        .select({ one: sql`1` })
        .from(cycles)
        .where(and(eq(cycles.courseId, courses.id), eq(cycles.status, "planned"))),
    ),
  ];
  if (siteId) conditions.push(eq(courses.siteId, siteId));
  const held = await tx
    .select({
      courseAgentId: courseAgents.id,
      agent: courseAgents.agent,
      patientId: patients.id,
      familyName: patients.familyName,
      givenName: patients.givenName,
      mrn: patients.mrn,
    })
    .from(courseAgents)
    .innerJoin(courses, eq(courses.id, courseAgents.courseId))
    .innerJoin(patients, eq(patients.id, courses.patientId))
    .where(and(...conditions));
  if (held.length === 0) return [];
  const patientIds = [...new Set(held.map((h) => h.patientId))];
  const holds = await tx
    .select({ courseAgentId: courseAgentChanges.courseAgentId, at: courseAgentChanges.at })
    .from(courseAgentChanges)
    // By patient, along course_agent_changes_patient.
    .where(and(inArray(courseAgentChanges.patientId, patientIds), eq(courseAgentChanges.toStatus, "held")));
  const exams = await tx
    .select({
      patientId: assessments.patientId,
      assessedOn: assessments.assessedOn,
      recordedAt: assessments.recordedAt,
      sensoryGrade: assessments.sensoryGrade,
      motorGrade: assessments.motorGrade,
    })
    .from(assessments)
    .where(and(inArray(assessments.patientId, patientIds), ne(assessments.status, "entered-in-error")));
  const open = await tx
    .select({ patientId: alerts.patientId, agent: alerts.agent, kind: alerts.kind })
    .from(alerts)
    .where(and(inArray(alerts.patientId, patientIds), eq(alerts.status, "open")));
  const settled = new Map<string, SettledHold>();
  for (const h of held) {
    const key = `${h.patientId}:${h.agent}`;
    const heldAt = holds
      .filter((c) => c.courseAgentId === h.courseAgentId)
      .map((c) => c.at)
      .sort()
      .at(-1);
    const alertOpen = open.some((a) => a.patientId === h.patientId && a.agent === h.agent && decidesTheDose(a.kind));
    if (!heldAt || alertOpen || settled.has(key)) continue;
    const graded = exams.filter((e) => e.patientId === h.patientId).map(holdExam);
    const course = sinceHold(graded, heldAt);
    if (course.settled) {
      settled.set(key, {
        patientId: h.patientId,
        name: `${h.familyName}, ${h.givenName}`,
        mrn: h.mrn,
        agent: h.agent,
        course,
      });
    }
  }
  return [...settled.values()];
}
