import "server-only";
import { readSnapshot } from "../client";
import { auditEntriesOf, type AuditFilter } from "./audit-log";
import { usersOf } from "./users";

/** The audit page in one snapshot: the entries the filter lets through and the users to filter by. */
export async function auditPage(filter: AuditFilter) {
  return readSnapshot(async (tx) => ({ entries: await auditEntriesOf(tx, filter), users: await usersOf(tx) }));
}
