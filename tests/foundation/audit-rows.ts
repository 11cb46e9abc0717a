// The smallest write the transaction tests make, and how another process would see it land.
import Database from "better-sqlite3";
import { audit } from "@/db/commands/audit";
import { databasePath, type Tx } from "@/db/client";

/** One audit row of a closed-set action (lib/domain/codes.ts), named by `entityId`. */
export const auditRow = (tx: Tx, entityId: string) =>
  audit(tx, { userId: null, action: "patient.read", entity: "test", entityId });

/** The audit rows of these ids in the order they were written, read by a connection of its own. */
export function committedAuditRows(ids: string[]): string[] {
  const other = new Database(databasePath(), { readonly: true });
  try {
    return other
      .prepare(`SELECT entity_id FROM audit_log WHERE entity_id IN (${ids.map(() => "?").join(", ")}) ORDER BY id`)
      .pluck()
      .all(...ids) as string[];
  } finally {
    other.close();
  }
}
