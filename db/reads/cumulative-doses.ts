import "server-only";
import { inArray } from "drizzle-orm";
import type { Tx } from "../client";
import { cumulativeDoses } from "../tables";

/** The cumulative dose per agent of each patient named, as `patientId|agent` → total. */
export async function cumulativeDosesOf(tx: Tx, patientIds: readonly string[]): Promise<Map<string, number>> {
  if (patientIds.length === 0) return new Map();
  const rows = await tx
    .select({ patientId: cumulativeDoses.patientId, agent: cumulativeDoses.agent, total: cumulativeDoses.total })
    .from(cumulativeDoses)
    .where(inArray(cumulativeDoses.patientId, [...patientIds]));
  return new Map(rows.map((r) => [`${r.patientId}|${r.agent}`, r.total]));
}
