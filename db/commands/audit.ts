import "server-only";
import type { AuditAction } from "@/lib/domain/codes";
import type { Tx } from "../client";
import { now } from "../ids";
import { auditLog } from "../tables";

export interface AuditEntry {
  userId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  patientId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends the audit row of a write, inside that write's transaction. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    at: now(),
    userId: entry.userId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    patientId: entry.patientId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
