import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AgentCode } from "@/lib/domain/agents";
import type { Tx } from "../client";
import { newId, now } from "../ids";
import { cumulativeDoses, doses } from "../tables";

/**
 * Re-sums a patient's final doses of one agent (the doses_patient_agent index: that patient's
 * doses of it, never the ward's) into cumulative_doses. Every dose write calls it inside its own
 * transaction, so the total lands with the dose or not at all. Summed anew rather than added to,
 * so a dose marked entered-in-error leaves no rounding behind.
 */
export async function keepCumulativeDose(tx: Tx, patientId: string, agent: AgentCode): Promise<number> {
  const { total } = (
    await tx
      // A number on both: node-postgres hands an aggregate that is not a double over as text.
      .select({ total: sql`coalesce(sum(${doses.dose} * ${doses.administrations}), 0)`.mapWith(Number) })
      .from(doses)
      .where(and(eq(doses.patientId, patientId), eq(doses.agent, agent), eq(doses.status, "final")))
      .limit(1)
  )[0]!;
  const updatedAt = now();
  const updated = await tx
    .update(cumulativeDoses)
    .set({ total, updatedAt })
    .where(and(eq(cumulativeDoses.patientId, patientId), eq(cumulativeDoses.agent, agent)))
    .returning({ id: cumulativeDoses.id });
  // Not an upsert: the table's no-replace trigger (db/protection.ts) refuses any INSERT that meets a row.
  if (updated.length === 0)
    await tx.insert(cumulativeDoses).values({ id: newId(), patientId, agent, total, updatedAt });
  return total;
}
