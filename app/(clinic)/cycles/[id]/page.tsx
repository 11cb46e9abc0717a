import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { AgentHistory } from "@/components/dose/agent-history";
import { AgentState } from "@/components/dose/agent-state";
import { openingChecks } from "@/components/dose/dose-check";
import { suggestDose } from "@/components/dose/dose-plan";
import { DosePreview } from "@/components/dose/dose-preview";
import { DoseSection } from "@/components/dose/dose-section";
import { draftFrom, emptyDraft } from "@/components/exam/exam-draft";
import { ExamSection } from "@/components/exam/exam-section";
import { ExamFormLoading, LastExamWords } from "@/components/exam/last-exam-words";
import { AlertBadge } from "@/components/exam/raised-alerts";
import { PageHeader } from "@/components/page-header";
import { agentNames, cycleStatusWords } from "@/components/patient/format";
import { cycleDetail } from "@/db/reads/cycle-detail";
import { CycleNotes } from "@/components/notes/cycle-notes";
import { DoseArithmetic } from "@/components/pharmacy/dose-arithmetic";
import { cycleProgress } from "@/lib/domain/cycle-progress";
import { baselineExam } from "@/lib/domain/worsening";
import { requirePageUser, requirePatientSite } from "@/lib/auth/page";
import { clinicTimeZone, formatDay, today } from "@/lib/dates";
import { mayCall } from "@/lib/schemas/endpoints";

export const metadata: Metadata = { title: "Cycle" };

export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser("/cycles/{id}");
  const detail = await cycleDetail((await params).id);
  if (!detail) notFound();
  // An exam is taken on the infusion day; a cycle opened ahead of its day is examined today.
  const { cycle, course, patient, previousExam, examDay, selfReport, notes } = detail;
  await requirePatientSite(user, patient.id);
  const canRecord = mayCall(user.role, "recordAssessment") && mayCall(user.role, "recordDose");
  const people = { ...detail.people, [user.id]: user.displayName };
  // The dose entries' prefill and the agents' names, worked out here so that the rules and the
  // agent library stay out of the page's JavaScript (docs/benchmarks.md, "Route budgets").
  const zone = clinicTimeZone();
  const suggestions = Object.fromEntries(
    course.agents.map((item) => [
      item.agent,
      suggestDose(detail.record, item, course.setting, {
        courseId: course.id,
        cycleId: cycle.id,
        stored: detail.storedAlerts,
        zone,
      }),
    ]),
  );
  const names = agentNames();
  const previousLabel =
    previousExam &&
    `${previousExam.cycleNumber ? `cycle ${previousExam.cycleNumber}` : "the exam"} of ${formatDay(previousExam.assessedOn)}`;
  const lastExamWords = previousLabel && <LastExamWords label={previousLabel} withReport={Boolean(selfReport)} />;
  const progress = cycleProgress(
    course.agents,
    detail.record.doses.filter((d) => d.cycleId === cycle.id),
  );
  // After the exam, the cursor goes to the first agent still to give whose dose is filled in; with
  // none, to the doses' heading, read out with what stands on each agent. A held or stopped
  // agent's field starts empty, where Enter would only ask for a dose.
  // A dose before the cycle's exam goes ahead without what the exam may decide: said, not blocked,
  // as a dose may have been given elsewhere first (docs/clinical-rules.md, "Alert design").
  const examined = detail.record.exams.some((e) => e.cycleId === cycle.id && !e.enteredInError);
  const firstToGive = progress.toGive.find((agent) => suggestions[agent]!.dose !== null);
  const afterExam = firstToGive ? `form[aria-label="${suggestions[firstToGive]!.name} dose"]` : "#dose-heading";
  const opening = canRecord
    ? openingChecks({ record: detail.record, stored: detail.storedAlerts, cycle, today: today() }, course)
    : {};
  // Each agent's state and its entry's opening preview, rendered here: their code stays out of the
  // page's JavaScript (docs/benchmarks.md, "Route budgets").
  const agentStates = Object.fromEntries(
    course.agents.map((item) => {
      const s = suggestions[item.agent]!;
      return [
        item.agent,
        <AgentState
          key={item.agent}
          name={s.name}
          status={s.status}
          change={s.change}
          unit={item.unit}
          awaiting={s.awaiting}
          zone={zone}
        />,
      ];
    }),
  );
  const openingPreviews = Object.fromEntries(
    course.agents.map((item) => {
      const preview = opening[item.agent]?.preview;
      return [
        item.agent,
        preview && (
          <DosePreview
            key={item.agent}
            name={suggestions[item.agent]!.name}
            preview={preview}
            unit={item.unit}
            names={names}
          />
        ),
      ];
    }),
  );
  return (
    <>
      <PageHeader
        title={`${patient.familyName}, ${patient.givenName}: cycle ${cycle.number}`}
        subtitle={
          <>
            <AppLink href={`/patients/${patient.id}`} className="text-brand-700 underline">
              MRN {patient.mrn}
            </AppLink>{" "}
            · {course.name} · {formatDay(cycle.date)} · {cycleStatusWords(cycle.status, progress)} · BSA{" "}
            {patient.bsa.toFixed(2)} m²
          </>
        }
      />
      {detail.openAlerts.length > 0 && (
        <section aria-label="Open alerts" className="mb-4 flex flex-wrap gap-1">
          {detail.openAlerts.map((a) => (
            <AlertBadge key={a.id} alert={a} names={names} />
          ))}
        </section>
      )}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="exam-heading">
          <h2 id="exam-heading" className="mb-3 text-xl font-semibold">
            Neuropathy exam
          </h2>
          {canRecord && !selfReport && (
            <p className="mb-3 text-sm">
              No self-report from the patient today.{" "}
              <AppLink href={`/patients/${patient.id}/self-report`} className="text-brand-700 underline">
                Give the patient a self-report code
              </AppLink>
            </p>
          )}
          <ExamSection
            userId={user.id}
            patientId={patient.id}
            cycleId={cycle.id}
            initial={emptyDraft(examDay)}
            previous={previousExam && draftFrom(previousExam, previousExam.assessedOn)}
            previousLabel={previousLabel}
            lastExamWords={lastExamWords}
            formLoading={<ExamFormLoading words={lastExamWords} />}
            record={detail.record}
            storedAlerts={detail.storedAlerts}
            agentNames={names}
            selfReport={selfReport}
            exams={detail.exams}
            baseline={baselineExam(detail.record.exams)}
            people={people}
            canRecord={canRecord}
            nextStep={afterExam}
          />
        </section>
        <section id="doses" tabIndex={-1} aria-labelledby="dose-heading">
          <h2 id="dose-heading" tabIndex={-1} className="mb-3 text-xl font-semibold">
            Doses
          </h2>
          {/* Who cannot record a dose (the pharmacist) would otherwise find an empty section here. */}
          {!canRecord && !detail.doses.some((d) => d.cycleId === cycle.id) && (
            <p className="text-sm text-slate-800">
              No dose recorded for this cycle yet: a nurse or an oncologist records it at the chair. The planned dose
              and its arithmetic are under{" "}
              <a href="#arithmetic" className="text-brand-700 underline">
                Dose arithmetic
              </a>
              .
            </p>
          )}
          {canRecord && !examined && progress.toGive.length > 0 && (
            <p className="mb-3 rounded-md border-2 border-slate-700 bg-slate-50 p-2 text-sm font-medium">
              <span aria-hidden="true">⚠ </span>No exam recorded for this cycle yet. Its findings may hold or reduce a
              dose: record the exam before giving one.
            </p>
          )}
          <DoseSection
            cycle={cycle}
            agents={course.agents}
            suggestions={suggestions}
            agentNames={names}
            record={detail.record}
            storedAlerts={detail.storedAlerts}
            today={today()}
            doses={detail.doses}
            people={people}
            canRecord={canRecord}
            opening={opening}
            agentStates={agentStates}
            openingPreviews={openingPreviews}
          />
        </section>
      </div>
      <AgentHistory history={course.history} />
      <DoseArithmetic detail={detail} />
      <CycleNotes patientId={patient.id} cycleId={cycle.id} notes={notes} />
    </>
  );
}
