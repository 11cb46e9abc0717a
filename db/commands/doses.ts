import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { formatDateTime, formatDay, today } from "@/lib/dates";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import { cumulativeByAgent, judgeDose } from "@/lib/domain/dose";
import { defaultTerms } from "@/lib/domain/plans";
import type { DoseInput } from "@/lib/schemas/course";
import { toApiAlert } from "../reads/alerts";
import { audit } from "./audit";
import { queueWrite, write, type Tx } from "../client";
import { requireCycle } from "../reads/courses";
import { keepCumulativeDose } from "./cumulative-doses";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { refuseUnlessSeen } from "./seen-count";
import { planTermsOf } from "../reads/patient-record";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { courseAgents, cycles, doses, planVersions, users } from "../tables";

/**
 * A dose actually given is always recorded, whatever it crosses: the rules raise alerts, they
 * never refuse the record. Recording a dose marks a planned cycle given.
 */
/**
 * Refuses a dose recorded from a screen that did not show every dose of the agent the cycle now
 * holds: two tabs, or two nurses, each recording the cycle's one dose would count it twice in the
 * cumulative dose. The answer names the dose recorded meanwhile.
 */
async function refuseUnseenDoses(tx: Tx, cycleId: string, agent: AgentCode, seen: number): Promise<void> {
  const recorded = await tx
    .select({ id: doses.id, dose: doses.dose, unit: doses.unit, recordedAt: doses.recordedAt, by: users.displayName })
    .from(doses)
    .innerJoin(users, eq(users.id, doses.recordedBy))
    .where(and(eq(doses.cycleId, cycleId), eq(doses.agent, agent), eq(doses.status, "final")))
    .orderBy(asc(doses.recordedAt));
  const name = getAgent(agent).name.toLowerCase();
  refuseUnlessSeen(
    recorded,
    seen,
    {
      added: (latest) =>
        `Since this screen was opened, ${name} ${latest.dose} ${latest.unit} was recorded for this cycle by ${latest.by} at ${formatDateTime(latest.recordedAt)}. Nothing was recorded: check the cycle's doses before recording another.`,
      changed: `This cycle's ${name} doses changed since this screen was opened. Nothing was recorded: check them before recording another.`,
    },
    { doses: recorded },
  );
}

export async function recordDose(userId: string, cycleId: string, input: DoseInput) {
  return queueWrite(async (tx) => {
    const cycle = await requireCycle(tx, cycleId);
    const inCourse = (
      await tx
        .select()
        .from(courseAgents)
        .where(and(eq(courseAgents.courseId, cycle.courseId), eq(courseAgents.agent, input.agent)))
        .limit(1)
    )[0];
    if (!inCourse) throw new InvalidError({ agent: `${input.agent} is not part of this course.` });
    if (input.dosesSeen !== undefined) await refuseUnseenDoses(tx, cycleId, input.agent, input.dosesSeen);
    // Without its instant a dose counts on the cycle's day, which must not be after today.
    if (!input.givenAt && cycle.date > today()) {
      throw new InvalidError({
        givenAt: `This cycle is dated ${formatDay(cycle.date)}, after today: give the time the dose was given, or move the cycle.`,
      });
    }
    // Judged once, now: the body and the cap in force when the dose is recorded stay with it.
    const patient = await requirePatient(tx, cycle.patientId);
    const planInForce = (
      await tx
        .select()
        .from(planVersions)
        .where(
          and(
            eq(planVersions.patientId, cycle.patientId),
            eq(planVersions.agent, input.agent),
            eq(planVersions.status, "in-force"),
          ),
        )
        .limit(1)
    )[0];
    const terms = planInForce ? planTermsOf(planInForce) : defaultTerms(getAgent(input.agent));
    const judgement = judgeDose(patient, input.agent, terms, inCourse.currentDose);
    const row = (
      await tx
        .insert(doses)
        .values({
          id: newId(),
          patientId: cycle.patientId,
          cycleId,
          agent: input.agent,
          dose: input.dose,
          unit: input.unit,
          route: input.route ?? inCourse.route,
          administrations: input.administrations ?? 1,
          givenAt: input.givenAt ?? null,
          // The instant's own calendar day, in the offset it was given with.
          givenOn: input.givenAt ? input.givenAt.slice(0, 10) : cycle.date,
          ...judgement,
          overrideReason: input.overrideReason ?? null,
          status: "final",
          recordedBy: userId,
          recordedAt: now(),
        })
        .returning()
    )[0]!;
    if (cycle.status === "planned") {
      await tx
        .update(cycles)
        .set({ status: "given", version: cycle.version + 1 })
        .where(eq(cycles.id, cycleId));
      // The dose changed the cycle too: that change has its own audit row.
      await audit(tx, {
        userId,
        action: "cycle.update",
        entity: "cycle",
        entityId: cycleId,
        patientId: cycle.patientId,
        before: { status: cycle.status, version: cycle.version },
        after: { status: "given", version: cycle.version + 1, byDose: row.id },
      });
    }
    await keepCumulativeDose(tx, cycle.patientId, input.agent);
    await audit(tx, {
      userId,
      action: "dose.create",
      entity: "dose",
      entityId: row.id,
      patientId: cycle.patientId,
      after: row,
    });
    const { raised, record } = await evaluateAndStoreAlerts(tx, userId, cycle.patientId);
    return {
      dose: row,
      cumulative: cumulativeByAgent(record.doses),
      alerts: raised.map((a) => toApiAlert(a)),
    };
  });
}

export async function markDoseInError(userId: string, id: string, reason: string) {
  return write(async (tx) => {
    const current = (await tx.select().from(doses).where(eq(doses.id, id)).limit(1))[0];
    if (!current) throw new NotFoundError("The dose");
    if (current.status === "entered-in-error") throw new ConflictError("This dose is already marked entered-in-error.");
    const row = (
      await tx
        .update(doses)
        .set({ status: "entered-in-error", errorReason: reason, version: current.version + 1 })
        .where(eq(doses.id, id))
        .returning()
    )[0]!;
    await keepCumulativeDose(tx, current.patientId, current.agent);
    await audit(tx, {
      userId,
      action: "dose.entered-in-error",
      entity: "dose",
      entityId: id,
      patientId: current.patientId,
      before: current,
      after: row,
    });
    await evaluateAndStoreAlerts(tx, userId, current.patientId);
    return row;
  });
}
