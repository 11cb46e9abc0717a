import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPatientReview } from "@/db/patient-summary";
import { AgentSummaryTable } from "@/components/patient/agent-summary-table";
import { ExamComparison } from "@/components/patient/exam-comparison";
import { ActionLink, PatientHeader } from "@/components/patient/patient-header";
import { PrintButton } from "@/components/patient/print-button";
import { SummaryAlerts } from "@/components/patient/summary-alerts";
import { CLINICAL_ROLES, requirePageUser } from "@/lib/auth/page";
import "./print.css";
import { formatDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Pre-cycle summary" };

/** One A4 page to review before a cycle: every text is rendered by React, so escaped. */
export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(CLINICAL_ROLES);
  const review = await findPatientReview((await params).id);
  if (!review) notFound();
  return (
    <div className="print-summary mx-auto max-w-4xl bg-white p-6 print:p-0">
      <PatientHeader
        review={review}
        actions={
          <>
            <ActionLink href={`/patients/${review.patient.id}`}>Back to the patient</ActionLink>
            <PrintButton />
          </>
        }
      />
      <p className="-mt-4 mb-3 text-xs text-slate-700">
        Pre-cycle summary of {formatDay(review.day)}, prepared for {user.displayName}.
      </p>
      <Block title="Agents, plans and cumulative doses">
        <AgentSummaryTable review={review} />
      </Block>
      <Block title="Latest exam against baseline">
        <ExamComparison assessments={review.assessments} />
      </Block>
      <Block title="Alerts and decisions">
        <SummaryAlerts alerts={review.alerts} />
      </Block>
      <p className="mt-6 text-xs">Reviewed by: ______________________ Decision: ______________ Date: __________</p>
    </div>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mb-4">
      <h2 className="mb-1 border-b border-slate-300 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}
