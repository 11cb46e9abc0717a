import "server-only";
import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { shiftDay } from "@/lib/dates";
import { getDb } from "./client";
import { auditLog, users } from "./schema";

export interface AuditFilter {
  userId?: string;
  patientId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** The audit trail, newest first; filters map to fixed columns only. */
export async function listAudit(filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.patientId) conditions.push(eq(auditLog.patientId, filter.patientId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, shiftDay(filter.to, 1)));
  return getDb()
    .select({ entry: auditLog, username: users.username })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset)
    .all()
    .map((r) => ({ ...r.entry, username: r.username }));
}
