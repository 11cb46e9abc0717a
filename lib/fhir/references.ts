import type { Patient, Reference, Resource } from "@medplum/fhirtypes";
import { findAgent, type Agent } from "@/lib/domain/agents";
import { fullUrlFor } from "./ids";

/** A reference inside the Bundle: the target's urn:uuid fullUrl, with its type spelled out. */
export function ref<T extends Resource>(fullUrl: string, type: T["resourceType"]): Reference<T> {
  return { reference: fullUrl, type };
}

export const patientRef = (fullUrl: string) => ref<Patient>(fullUrl, "Patient");

export const patientUrl = (patientId: string) => fullUrlFor(`Patient/${patientId}`);
export const doseUrl = (doseId: string) => fullUrlFor(`MedicationAdministration/${doseId}`);
export const planUrl = (planId: string) => fullUrlFor(`CarePlan/${planId}`);

/** Agent codes come from the library at every write, so an unknown one is a broken database. */
export function agentOf(code: string): Agent {
  const agent = findAgent(code);
  if (!agent) throw new Error(`Unknown agent code ${code} in the record.`);
  return agent;
}
