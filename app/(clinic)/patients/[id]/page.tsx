import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SelfReportSection } from "@/components/self-report/self-report-section";
import { cache } from "react";
import { findPatientPage } from "@/db/reads/patient-page";
import { AfterTreatmentSection } from "@/components/after-treatment/after-treatment-section";
import { AlertHistory } from "@/components/alerts/alerts-panel";
import { TrendSection } from "@/components/charts/trend-section";
import { agentTrends } from "@/components/charts/trend-data";
import { ExportButtons } from "@/components/export-buttons";
import { DecisionPanel } from "@/components/patient/decision-panel";
import { FlowsheetTable } from "@/components/patient/flowsheet-table";
import { ActionLink, PatientHeader } from "@/components/patient/patient-header";
import { PlansInForce } from "@/components/patient/plans-in-force";
import { PlansAwaitingYou } from "@/components/plans/plans-awaiting-you";
import { Regimens } from "@/components/patient/regimens";
import { OpenedFromOtherSite, OtherSitePatient } from "@/components/sites/other-site-patient";
import { patientAtOtherSites } from "@/db/reads/sites";
import { openPatientPage, requirePageUser } from "@/lib/auth/page";
import { today } from "@/lib/dates";
import { mayOpen } from "@/lib/access/pages";
import { mayCall } from "@/lib/schemas/endpoints";

// One read per request, shared by the title and the page.
const loadPage = cache(findPatientPage);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  // The title names the patient: nobody without a clinical role may read it.
  await requirePageUser("/patients/{id}");
  const review = (await loadPage((await params).id))?.review;
  return { title: review ? `${review.patient.familyName}, ${review.patient.givenName}` : "Patient" };
}

/**
 * The pre-cycle review. The first screen answers "can this cycle go ahead, at what dose?" (open
 * alerts, latest exam, dose and trend); below it the decisions made, every chart, the regimens and
 * plans, and the flowsheet.
 */
export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, access } = await openPatientPage((await params).id);
  if (access.kind === "needs-reason") {
    const asked = await patientAtOtherSites((await params).id);
    if (!asked) notFound();
    return <OtherSitePatient {...asked} />;
  }
  const page = await loadPage((await params).id);
  if (!page) notFound();
  const { review, selfReports, afterTreatment } = page;
  const id = review.patient.id;
  const trends = agentTrends(review);
  return (
    <>
      {access.kind === "granted" && <OpenedFromOtherSite reason={access.reason} at={access.at} />}
      <PatientHeader
        review={review}
        actions={
          <>
            <ActionLink href={`/patients/${id}/summary`}>Pre-cycle summary (print)</ActionLink>
            {mayOpen(user.role, "/patients/{id}/self-report") && (
              <ActionLink href={`/patients/${id}/self-report`}>Self-report code</ActionLink>
            )}
            <ExportButtons patientId={id} mrn={review.patient.mrn} />
          </>
        }
      />
      <PlansAwaitingYou review={review} user={user} />
      <DecisionPanel review={review} trends={trends} canDecide={user.role === "oncologist"} />
      <AlertHistory review={review} />
      <TrendSection review={review} trends={trends} />
      <SelfReportSection rows={selfReports} />
      <div className="mb-8 grid gap-4 lg:grid-cols-2">
        <Regimens review={review} canAddCourse={user.role === "oncologist" || user.role === "pharmacist"} />
        <PlansInForce review={review} />
      </div>
      <AfterTreatmentSection data={afterTreatment} patientId={id} today={today()} />
      <section aria-labelledby="flowsheet">
        <h2 id="flowsheet" className="mb-3 text-lg font-semibold">
          Flowsheet
        </h2>
        <FlowsheetTable review={review} canRecord={mayCall(user.role, "recordAssessment")} />
      </section>
    </>
  );
}
