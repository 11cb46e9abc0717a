import "server-only";
// A course's agents carry their state for the cycles to come (current dose, active, held or
// stopped); an oncologist's decision on an agent's alerts changes it here, with its history.
import { asc, eq } from "drizzle-orm";
import { type AgentChangeFacts } from "@/lib/domain/decisions";
import type { Tx } from "../client";
import { courseAgentChanges, users } from "../tables";
import type { CourseAgentChange } from "../schema";

export type AgentChangeRow = CourseAgentChange & { decidedBy: string };

/** Every change decisions made to the patient's course agents, oldest first, with who decided. */
export async function loadAgentChanges(db: Tx, patientId: string): Promise<AgentChangeRow[]> {
  return (
    await db
      .select({ change: courseAgentChanges, decidedBy: users.displayName })
      .from(courseAgentChanges)
      .innerJoin(users, eq(users.id, courseAgentChanges.userId))
      .where(eq(courseAgentChanges.patientId, patientId))
      .orderBy(asc(courseAgentChanges.at))
  ).map((r) => ({ ...r.change, decidedBy: r.decidedBy }));
}

export function agentChangeFacts(row: AgentChangeRow): AgentChangeFacts {
  return {
    courseId: row.courseId,
    agent: row.agent,
    decision: row.decision,
    from: { currentDose: row.fromDose, status: row.fromStatus },
    to: { currentDose: row.toDose, status: row.toStatus },
    reason: row.reason,
    decidedBy: row.decidedBy,
    at: row.at,
  };
}

/** One line of a course agent's history as the API gives it: who, when, from, to, why. */
export function toApiAgentChange(row: AgentChangeRow) {
  return {
    decision: row.decision,
    from: { currentDose: row.fromDose, status: row.fromStatus },
    to: { currentDose: row.toDose, status: row.toStatus },
    reason: row.reason,
    decidedBy: { id: row.userId, displayName: row.decidedBy },
    at: row.at,
    alertIds: row.alertIds,
  };
}
export type ApiAgentChange = ReturnType<typeof toApiAgentChange>;
