import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPatientSummary } from "@/db/reads/patient-page";
import { HeldAgentsSince } from "@/components/alerts/hold-since";
import { GradeTrend } from "@/components/charts/trend-charts";
import { agentTrends } from "@/components/charts/trend-data";
import { GradeTrendTable } from "@/components/charts/trend-tables";
import { nextCycle, NextCycleLine } from "@/components/patient/agent-outlook";
import { AgentSummaryTable } from "@/components/patient/agent-summary-table";
import { ExamComparison } from "@/components/patient/exam-comparison";
import { ActionLink, PatientHeader } from "@/components/patient/patient-header";
import { PrintButton } from "@/components/patient/print-button";
import { RegimenLines } from "@/components/patient/regimens";
import { SummaryAlerts } from "@/components/patient/summary-alerts";
import { SelfReportTable } from "@/components/self-report/self-report-section";
import { requirePatientReader } from "@/lib/auth/page";
import { clinicTimeZone, formatDateTime, formatDay } from "@/lib/dates";
import "./print.css";

export const metadata: Metadata = { title: "Pre-cycle summary" };

/** The latest self-reports the page has room for; the patient page lists every one. */
const SELF_REPORTS_PRINTED = 3;

/** "9:00 CET (Europe/Paris)", but "9:00 UTC" alone where the zone's name is what the time already says. */
function printedAt(time: string, zone: string): string {
  return time.endsWith(` ${zone}`) ? time : `${time} (${zone})`;
}

/**
 * One A4 page that travels: who, the regimen and the next cycle, the plan in force with its
 * signatures, the last exams side by side, the grade trend, the patient's latest own reports, the
 * alerts and decisions, and who printed it when. Every text is rendered by React, so escaped.
 */
export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePatientReader("/patients/{id}/summary", (await params).id);
  const summary = await findPatientSummary((await params).id);
  if (!summary) notFound();
  const { review, selfReports } = summary;
  const printedReports = selfReports.slice(-SELF_REPORTS_PRINTED);
  const charted = agentTrends(review).filter((t) => t.exams.length > 0);
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
      <p className="mb-2 text-xs text-slate-700">Pre-cycle summary of {formatDay(review.day)}.</p>
      <Block title="Regimen and next cycle">
        <NextCycleLine next={nextCycle(review)} />
        <RegimenLines review={review} />
        <HeldAgentsSince review={review} />
      </Block>
      <Block title="Agents, plans and cumulative doses">
        <AgentSummaryTable review={review} />
      </Block>
      {/* The exam table needs more room than the chart beside it. */}
      <div className="grid grid-cols-[3fr_2fr] gap-3">
        <Block title="Latest exam against previous and baseline">
          <ExamComparison assessments={review.assessments} />
        </Block>
        <Block title="Grade trend">
          {charted.map((t) => (
            <GradeTrend key={t.code} trend={t} height={150} />
          ))}
        </Block>
      </div>
      {charted.map((t) => (
        <GradeTrendTable key={t.code} trend={t} />
      ))}
      {printedReports.length > 0 && (
        <Block title="The patient's own reports beside the exams">
          {selfReports.length > printedReports.length && (
            <p className="text-xs text-slate-700">
              The {printedReports.length} latest of {selfReports.length}; the patient page lists every one.
            </p>
          )}
          <SelfReportTable rows={printedReports} />
        </Block>
      )}
      <Block title="Alerts and decisions">
        <SummaryAlerts alerts={review.alerts} />
      </Block>
      <p className="mt-3 text-xs">Reviewed by: ______________________ Decision: ______________ Date: __________</p>
      <footer className="mt-2 border-t border-slate-300 pt-1 text-xs text-slate-700">
        Printed by {user.displayName} at {printedAt(formatDateTime(new Date()), clinicTimeZone())}.
      </footer>
    </div>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mb-2">
      <h2 className="mb-1 border-b border-slate-300 text-sm font-semibold">{title}</h2>
      {children}
    </section>
  );
}
