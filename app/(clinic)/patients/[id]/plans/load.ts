import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/db/errors";
import { plansOfPatient } from "@/db/reads/plans";
import type { AgentCode } from "@/lib/domain/agents";

/** The patient's plans (see plansOfPatient), or the 404 page for a patient that does not exist. */
export async function loadPlans(patientId: string, alsoAgent?: AgentCode) {
  try {
    return await plansOfPatient(patientId, alsoAgent);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
