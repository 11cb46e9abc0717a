import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { courseChoices } from "@/components/course-form/course-choices";
import { CourseForm } from "@/components/course-form/course-form";
import { PageHeader } from "@/components/page-header";
import { agentNames } from "@/components/patient/format";
import { NotFoundError } from "@/db/errors";
import { getPatient } from "@/db/reads/patients";
import { requirePageUser } from "@/lib/auth/page";
import { today } from "@/lib/dates";

export const metadata: Metadata = { title: "New course" };

export default async function NewCoursePage({ params }: { params: Promise<{ id: string }> }) {
  // Oncologists and pharmacists create courses (docs/security.md).
  await requirePageUser("/patients/{id}/courses/new");
  const patient = await getPatient((await params).id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return (
    <>
      <PageHeader
        title={`New course for ${patient.familyName}, ${patient.givenName}`}
        subtitle={
          <>
            <AppLink href={`/patients/${patient.id}`} className="text-brand-700 underline">
              MRN {patient.mrn}
            </AppLink>{" "}
            · BSA {patient.bsa.toFixed(2)} m² · templates fill in the usual doses; check each before saving.
          </>
        }
      />
      <CourseForm patientId={patient.id} today={today()} choices={courseChoices(patient.bsa)} names={agentNames()} />
    </>
  );
}
