import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { IssueCode } from "@/components/self-report/issue-code";
import { NotFoundError } from "@/db/errors";
import { getPatient } from "@/db/reads/patients";
import { requirePageUser } from "@/lib/auth/page";
import { QUESTIONS } from "@/lib/self-report-questions";

export const metadata: Metadata = { title: "Patient self-report code" };

/** Where a nurse or an oncologist gives the patient a one-time code for their own report. */
export default async function SelfReportCodePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser("/patients/{id}/self-report");
  const patient = await getPatient((await params).id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={`Self-report code for ${patient.familyName}, ${patient.givenName}`}
        subtitle={
          <>
            <AppLink href={`/patients/${patient.id}`} className="text-brand-700 underline">
              MRN {patient.mrn}
            </AppLink>{" "}
            · The patient answers {QUESTIONS.length + 1} short questions, the last an optional comment, on a phone or
            the waiting-room tablet; the answers appear beside the exam form. A code works once, for 30 minutes.
          </>
        }
      />
      <IssueCode patientId={patient.id} givenName={patient.givenName} />
    </>
  );
}
