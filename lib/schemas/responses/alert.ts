import { z } from "zod";
import { ALERT_STATUSES, SEVERITIES } from "@/lib/domain/codes";
import { agentCode, alertKind, decision, id, instant, person } from "./common";

export const Acknowledgement = z.strictObject({ decision, reason: z.string(), decidedAt: instant, decidedBy: person });

/** An alert (docs/api.md, "Alerts and decisions"): `cycleId` null for a follow-up exam, a course or a plan. */
export const Alert = z.strictObject({
  id,
  patientId: id,
  cycleId: id.nullable(),
  agent: agentCode,
  kind: alertKind,
  severity: z.enum(SEVERITIES),
  message: z.string(),
  status: z.enum(ALERT_STATUSES),
  raisedAt: instant,
  resolvedAt: instant.nullable(),
  resolvedReason: z.string().nullable(),
  acknowledgement: Acknowledgement.nullable(),
});

export const AlertList = z.strictObject({ alerts: z.array(Alert) });
/** The alerts a decision raised as the rules ran again on the course it changed (v1.1, added). */
export const raisedByDecision = z.array(Alert);
export const Acknowledged = z.strictObject({
  acknowledgement: Acknowledgement,
  alert: Alert,
  raised: raisedByDecision,
});
export const BulkAcknowledged = z.strictObject({
  acknowledgements: z.array(Acknowledgement.extend({ alertId: id })),
  alerts: z.array(Alert),
  raised: raisedByDecision,
});
