import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { PatientForm } from "@/components/patient-form/patient-form";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Register a patient" };

export default async function NewPatientPage() {
  // Nurses and oncologists register patients (docs/security.md).
  await requirePageUser("/patients/new");
  return (
    <>
      <PageHeader title="Register a patient" subtitle="Every field but the diagnosis and risk factors is required." />
      <PatientForm />
    </>
  );
}
