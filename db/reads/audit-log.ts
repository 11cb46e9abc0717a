import "server-only";
import { alias } from "drizzle-orm/sqlite-core";
import { and, desc, eq, gte, like, lt, or, sql, type SQL } from "drizzle-orm";
import { shiftDay } from "@/lib/dates";
import { readSnapshot, type Tx } from "../client";
import { jsonText, likeAnyCase } from "../dialect-sql";
import { auditLog, cycles, patients, users } from "../tables";

export interface AuditFilter {
  userId?: string;
  patientId?: string;
  /** A patient's MRN, or part of their family or given name. */
  patient?: string;
  /** An action code ("assessment.create") or the start of one ("plan.sign"). */
  action?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** LIKE's own wildcards in a search text match themselves. */
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The cycle an entry concerns: the cycle itself, or the cycle named by the record before or after. */
const cycleOfEntry = sql`case when ${auditLog.entity} = 'cycle' then ${auditLog.entityId}
  else coalesce(${jsonText(auditLog.after, "cycleId")}, ${jsonText(auditLog.before, "cycleId")}) end`;

/**
 * The audit trail, newest first; filters map to fixed columns only. Each entry comes with the
 * names a reader needs: who did it, the patient (name and MRN), the user it concerns (a sign-in,
 * a new account) and the cycle's number.
 */
export async function listAudit(filter: AuditFilter) {
  return readSnapshot(async (tx) => auditEntriesOf(tx, filter));
}

export async function auditEntriesOf(tx: Tx, filter: AuditFilter) {
  const subject = alias(users, "subject");
  const conditions: (SQL | undefined)[] = [];
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.patientId) conditions.push(eq(auditLog.patientId, filter.patientId));
  if (filter.patient) {
    const text = filter.patient.trim();
    conditions.push(
      or(
        eq(patients.mrn, text),
        likeAnyCase(patients.familyName, likeText(text)),
        likeAnyCase(patients.givenName, likeText(text)),
      ),
    );
  }
  if (filter.action)
    // An action or the start of several ("plan.sign"), so compared as text, not as one AuditAction.
    conditions.push(or(sql`${auditLog.action} = ${filter.action}`, like(auditLog.action, `${filter.action}.%`)));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, shiftDay(filter.to, 1)));
  return (
    await tx
      .select({
        entry: auditLog,
        username: users.username,
        userName: users.displayName,
        patientName: sql<string | null>`${patients.familyName} || ', ' || ${patients.givenName}`,
        mrn: patients.mrn,
        subjectName: subject.displayName,
        cycleNumber: cycles.number,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .leftJoin(patients, eq(patients.id, auditLog.patientId))
      .leftJoin(subject, and(sql`${auditLog.entity} in ('user', 'session')`, eq(subject.id, auditLog.entityId)))
      .leftJoin(cycles, eq(cycles.id, cycleOfEntry))
      .where(and(...conditions))
      .orderBy(desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset)
  ).map(({ entry, ...names }) => ({ ...withoutClinicalValues(entry), ...names }));
}

/** What names a record (which agent, which kind of alert, its status) rather than what it found. */
const NAMING_FIELDS = new Set([
  "id",
  "patientId",
  "cycleId",
  "courseId",
  "userId",
  "agent",
  "kind",
  "severity",
  "status",
  "meaning",
  "number",
  "version",
  "session",
  "byDose",
  // Why a user opened another site's patient: the audit exists to show it (docs/sites.md).
  "accessReason",
]);

type Fields = Record<string, unknown>;
const fieldsOf = (value: unknown): Fields =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};

/**
 * The audit trail is read by the admin, who may not read patients' records (docs/security.md):
 * an entry about a patient keeps the fields that name the record, and lists by name only the
 * fields whose values it withholds (a grade, a dose, a note). Entries about accounts are whole.
 */
function withoutClinicalValues(entry: typeof auditLog.$inferSelect) {
  if (entry.patientId === null) return { ...entry, withheld: [] as string[] };
  const before = fieldsOf(entry.before);
  const after = fieldsOf(entry.after);
  const withheld = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => !NAMING_FIELDS.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const naming = (value: unknown) =>
    value === null || value === undefined
      ? value
      : Object.fromEntries(Object.entries(fieldsOf(value)).filter(([k]) => NAMING_FIELDS.has(k)));
  return { ...entry, before: naming(entry.before), after: naming(entry.after), withheld };
}
export type AuditRow = Awaited<ReturnType<typeof auditEntriesOf>>[number];
