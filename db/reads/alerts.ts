import "server-only";
import { and, desc, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import type { AlertKind, AlertStatus, Severity } from "@/lib/domain/codes";
import { readSnapshot, type Tx } from "../client";
import { acknowledgements, alerts, courses, users } from "../tables";
import type { Acknowledgement, Alert } from "../schema";

type AckWithUser = Acknowledgement & { decidedBy: { id: string; displayName: string } };

export function toApiAlert(a: Alert, ack: AckWithUser | null = null) {
  return {
    id: a.id,
    patientId: a.patientId,
    cycleId: a.cycleId,
    agent: a.agent,
    kind: a.kind,
    severity: a.severity,
    message: a.message,
    status: a.status,
    raisedAt: a.raisedAt,
    resolvedAt: a.resolvedAt,
    resolvedReason: a.resolvedReason,
    acknowledgement: ack && {
      decision: ack.decision,
      reason: ack.reason,
      decidedAt: ack.decidedAt,
      decidedBy: ack.decidedBy,
    },
  };
}
export type ApiAlert = ReturnType<typeof toApiAlert>;

export async function withAcknowledgements(db: Tx, rows: Alert[]): Promise<ApiAlert[]> {
  if (rows.length === 0) return [];
  const acks = await db
    .select({ ack: acknowledgements, user: { id: users.id, displayName: users.displayName } })
    .from(acknowledgements)
    .innerJoin(users, eq(users.id, acknowledgements.userId))
    .where(
      inArray(
        acknowledgements.alertId,
        rows.map((r) => r.id),
      ),
    );
  const byAlert = new Map(acks.map((a) => [a.ack.alertId, { ...a.ack, decidedBy: a.user }]));
  return rows.map((r) => toApiAlert(r, byAlert.get(r.id) ?? null));
}

export interface AlertFilter {
  patientId?: string;
  status?: AlertStatus | "all";
  severity?: Severity;
  kind?: AlertKind;
  /** Only patients with a course at this site (docs/sites.md); left out, every site. */
  siteId?: string;
}

/** The alerts the filter lets through, newest first (5,000 at most), each with its decision. */
export async function alertsMatching(tx: Tx, filter: AlertFilter): Promise<ApiAlert[]> {
  const conditions: SQL[] = [];
  if (filter.patientId) conditions.push(eq(alerts.patientId, filter.patientId));
  if (filter.status && filter.status !== "all") conditions.push(eq(alerts.status, filter.status));
  if (filter.severity) conditions.push(eq(alerts.severity, filter.severity));
  if (filter.kind) conditions.push(eq(alerts.kind, filter.kind));
  // Read from courses_patient_site alone, per alert's patient.
  if (filter.siteId)
    conditions.push(
      exists(
        tx
          .select({ one: sql`1` })
          .from(courses)
          .where(and(eq(courses.patientId, alerts.patientId), eq(courses.siteId, filter.siteId))),
      ),
    );
  const rows = await tx
    .select()
    .from(alerts)
    .where(and(...conditions))
    .orderBy(desc(alerts.raisedAt))
    .limit(5000);
  return withAcknowledgements(tx, rows);
}

export async function listAlerts(filter: AlertFilter): Promise<ApiAlert[]> {
  return readSnapshot(async (tx) => alertsMatching(tx, filter));
}
