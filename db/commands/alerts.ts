import "server-only";
import { eq, inArray } from "drizzle-orm";
import { isAgentCode } from "@/lib/domain/agents";
import type { AcknowledgeInput, BulkAcknowledgeInput } from "@/lib/schemas/plan";
import { audit } from "./audit";
import { write, type Tx } from "../client";
import { applyAgentDecision } from "./course-agents";
import { ConflictError, InvalidError, NotFoundError } from "../errors";
import { evaluateAndStoreAlerts } from "./evaluation";
import { loadPatientRecord } from "../reads/patient-record";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { acknowledgements, alerts } from "../tables";
import type { Alert } from "../schema";
import { withAcknowledgements } from "../reads/alerts";

/**
 * Records one decision on alerts of one patient and one agent, and what it does to the agent's
 * course state (reduce, hold, stop; a proceed lifts a hold), then evaluates the rules again: a
 * reduced or held agent changes what the next planned cycle would give. Gives the alerts decided
 * and those the evaluation raised (a reduction still past the limit raises one at once). Inside the
 * caller's transaction; a refusal throws before anything is written.
 */
async function decide(tx: Tx, userId: string, decided: Alert[], input: AcknowledgeInput) {
  const [first] = decided;
  const at = now();
  const record = await loadPatientRecord(tx, first!.patientId);
  const agent = first!.agent;
  if (isAgentCode(agent)) {
    await applyAgentDecision(tx, record, {
      userId,
      patientId: first!.patientId,
      agent,
      decision: input.decision,
      reason: input.reason,
      toDose: input.toDose,
      alertIds: decided.map((a) => a.id),
      assessmentId: decided.find((a) => a.assessmentId !== null)?.assessmentId ?? null,
      at,
    });
  } else if (input.decision === "reduce" && input.toDose !== undefined) {
    throw new InvalidError({ toDose: "This alert's agent has no course dose to reduce." });
  }
  const updated: Alert[] = [];
  for (const alert of decided) {
    await tx.insert(acknowledgements).values({
      id: newId(),
      alertId: alert.id,
      decision: input.decision,
      reason: input.reason,
      userId,
      decidedAt: at,
    });
    await audit(tx, {
      userId,
      action: "alert.acknowledge",
      entity: "alert",
      entityId: alert.id,
      patientId: alert.patientId,
      before: { status: alert.status },
      after: { status: "acknowledged", decision: input.decision, reason: input.reason, toDose: input.toDose ?? null },
    });
    updated.push(
      (await tx.update(alerts).set({ status: "acknowledged" }).where(eq(alerts.id, alert.id)).returning())[0]!,
    );
  }
  const { raised } = await evaluateAndStoreAlerts(tx, userId, first!.patientId);
  return { decided: await withAcknowledgements(tx, updated), raised: await withAcknowledgements(tx, raised) };
}

export async function acknowledgeAlert(userId: string, alertId: string, input: AcknowledgeInput) {
  return write(async (tx) => {
    const alert = (await tx.select().from(alerts).where(eq(alerts.id, alertId)).limit(1))[0];
    if (!alert) throw new NotFoundError("The alert");
    if (alert.status !== "open") throw new ConflictError(`This alert is already ${alert.status}.`);
    const { decided, raised } = await decide(tx, userId, [alert], input);
    return { acknowledgement: decided[0]!.acknowledgement!, alert: decided[0]!, raised };
  });
}

/**
 * One decision on several open alerts of one patient and one agent, all or nothing: an unknown
 * id is 404; an id that is not open, or of another patient or agent, is 400 naming it.
 */
export async function acknowledgeAlerts(userId: string, patientId: string, input: BulkAcknowledgeInput) {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    const rows = await tx.select().from(alerts).where(inArray(alerts.id, input.alertIds));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const unknown = input.alertIds.find((id) => !byId.has(id));
    if (unknown !== undefined) throw new NotFoundError(`The alert ${unknown}`);
    const ordered = input.alertIds.map((id) => byId.get(id)!);
    const agent = ordered[0]!.agent;
    const refused: Record<string, string> = {};
    ordered.forEach((alert, i) => {
      if (alert.patientId !== patientId) refused[`alertIds.${i}`] = "This alert is of another patient.";
      else if (alert.agent !== agent) refused[`alertIds.${i}`] = "One decision covers the alerts of one agent.";
      else if (alert.status !== "open") refused[`alertIds.${i}`] = `This alert is already ${alert.status}.`;
    });
    if (Object.keys(refused).length > 0) throw new InvalidError(refused);
    const { decided, raised } = await decide(tx, userId, ordered, input);
    return {
      acknowledgements: decided.map((a) => ({ alertId: a.id, ...a.acknowledgement! })),
      alerts: decided,
      raised,
    };
  });
}
