import "server-only";
import { and, count, eq, gte, lt, ne, sql } from "drizzle-orm";
import { alertAnalytics, type AlertAnalytics } from "@/lib/domain/alert-analytics";
import { clinicTimeZone, dayIn, shiftDay } from "@/lib/dates";
import { audit } from "./audit";
import { write } from "../client";
import { acknowledgements, alerts, assessments, doses } from "../tables";

export interface AlertAnalyticsReport extends AlertAnalytics {
  from: string;
  to: string;
}

/**
 * The alerts raised from `from` to `to` (the clinic's days, inclusive) and the exams recorded
 * then. Reading it is audited, in the same transaction, as an export is.
 */
export async function readAlertAnalytics(userId: string, from: string, to: string): Promise<AlertAnalyticsReport> {
  return write(async (tx) => {
    const zone = clinicTimeZone();
    // Instants are stored in UTC: a day either side covers every zone, then each is placed on the clinic's day.
    const rows = (
      await tx
        .select({
          kind: alerts.kind,
          agent: alerts.agent,
          raisedAt: alerts.raisedAt,
          status: alerts.status,
          decision: acknowledgements.decision,
          decidedAt: acknowledgements.decidedAt,
          assessmentStatus: assessments.status,
          doseStatus: doses.status,
        })
        .from(alerts)
        .leftJoin(acknowledgements, eq(acknowledgements.alertId, alerts.id))
        .leftJoin(assessments, eq(assessments.id, alerts.assessmentId))
        .leftJoin(doses, eq(doses.id, alerts.doseId))
        .where(and(gte(alerts.raisedAt, shiftDay(from, -1)), lt(alerts.raisedAt, shiftDay(to, 2))))
    )
      .map((r) => ({
        kind: r.kind,
        agent: r.agent,
        raisedAt: r.raisedAt,
        raisedOn: dayIn(new Date(r.raisedAt), zone),
        decision: r.decision ?? null,
        decidedAt: r.decidedAt ?? null,
        enteredInError:
          r.status === "resolved" && (r.assessmentStatus === "entered-in-error" || r.doseStatus === "entered-in-error"),
      }))
      .filter((a) => a.raisedOn >= from && a.raisedOn <= to);
    const month = sql<string>`substr(${assessments.assessedOn}, 1, 7)`;
    const exams = await tx
      .select({ month, count: count() })
      .from(assessments)
      .where(
        and(
          gte(assessments.assessedOn, from),
          sql`${assessments.assessedOn} <= ${to}`,
          ne(assessments.status, "entered-in-error"),
        ),
      )
      .groupBy(month);
    const report = { from, to, ...alertAnalytics(rows, Object.fromEntries(exams.map((e) => [e.month, e.count]))) };
    await audit(tx, {
      userId,
      action: "analytics.alerts.read",
      entity: "analytics",
      entityId: "alerts",
      after: { from, to, alerts: rows.length, assessments: report.assessments },
    });
    return report;
  });
}
