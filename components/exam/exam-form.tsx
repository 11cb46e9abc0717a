"use client";
import { flushSync } from "react-dom";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ApiAlert } from "@/db/reads/alerts";
import type { ApiAssessment } from "@/db/reads/assessments";
import type { ApiSelfReport } from "@/db/reads/self-reports";
import { PATIENT_REPORTED, PatientReported, reportedDraft } from "@/components/self-report/patient-reported";
import { alertsIfSaved, type StoredAlert } from "@/lib/domain/reconcile";
import type { PatientRecord } from "@/lib/domain/records";
import { baselineExam } from "@/lib/domain/worsening";
import { api, ApiRequestError } from "@/lib/client/api";
import { formatDay } from "@/lib/dates";
import type { AssessmentInput } from "@/lib/schemas/assessment";
import { FIELD_LABEL, MEASUREMENT_PATHS, NOT_DONE, valueAt, type ExamDraft } from "./exam-draft";
import { COPIED, copyCounts, fillablePaths, type CopyCounts } from "./exam-form-state";
import { ErrorSummary, focusField } from "./error-summary";
import { ExamFields } from "./exam-fields";
import { AlertList, type AgentNames } from "./raised-alerts";
import { SameAsLastCycle } from "./same-as-last-cycle";
import { SavedMeanwhile } from "./saved-meanwhile";
import { useExamDraft, type FormProblem } from "./use-exam-draft";
import { formatTime } from "@/lib/dates";
import { useClinicZone } from "@/components/clinic-zone";
import { LiveForm } from "@/components/ui/live-form";

type Saved = { assessment: ApiAssessment; alerts: ApiAlert[] };

/** The cycle's exams as a refusal (409) names them: what the store holds now, oldest first. */
type SeenExams = { assessments: { id: string; by: string }[] };

/** The exam another screen saved meanwhile, who saved it, and how many the cycle now holds. */
type Meanwhile = { theirs: ApiAssessment; by: string; seen: number };

export interface ExamFormProps {
  /** The signed-in user: a draft kept in this browser is theirs alone (draft-storage.ts). */
  userId: string;
  patientId: string;
  cycleId: string;
  /** A new exam: every measurement blank. */
  initial: ExamDraft;
  previous: ExamDraft | null;
  /** The previous exam in words ("cycle 1 of 17 Nov 2026"). */
  previousLabel: string | null;
  /** What copying it offers, in words (last-exam-words.tsx), rendered by the server. */
  lastExamWords: React.ReactNode;
  record: PatientRecord;
  storedAlerts: StoredAlert[];
  agentNames: AgentNames;
  /** The patient's self-report of the exam's day, shown beside the symptom fields. */
  selfReport?: ApiSelfReport | null;
  /** `summary`: what was saved, in words, for the status message. */
  onSaved: (result: Saved, summary: string) => void;
}

/** What was saved, in words: the day, the grades, and what was not done. */
function savedSummary(draft: ExamDraft, input: AssessmentInput): string {
  const notDone = MEASUREMENT_PATHS.filter((p) => valueAt(draft, p) === NOT_DONE).map((p) => FIELD_LABEL[p]);
  return (
    `Exam of ${formatDay(input.assessedOn)} saved: sensory grade ${input.sensoryGrade}, motor grade ${input.motorGrade}` +
    (notDone.length > 0 ? `; not done or not asked: ${notDone.join(", ")}.` : "; every finding recorded.")
  );
}

/**
 * The bedside exam for one cycle, by keyboard alone: every field starts blank; with a previous
 * exam the cursor starts on "Same as last cycle" (Enter copies its findings and moves to the
 * grades), else in the first field; scores and words take their key, x marks not done, one key
 * accepts the suggested grades and moves to Save, Enter saves.
 */
export function ExamForm(props: ExamFormProps) {
  const { patientId, cycleId, previous } = props;
  const router = useRouter();
  const zone = useClinicZone();
  const idPrefix = useId();
  const fieldId = (path: string) => `${idPrefix}-${path}`;
  const form = useExamDraft(`cycle:${cycleId}`, props.userId, props.initial, cycleId);
  const [copied, setCopied] = useState<CopyCounts | null>(null);
  const reported = useMemo(
    () => (props.selfReport ? reportedDraft(props.selfReport, props.initial.assessedOn) : null),
    [props.selfReport, props.initial.assessedOn],
  );
  // What saving would raise, by the server's own rules on the same record. The rules run over the
  // patient's whole record, so they follow the typing at a lower priority (useDeferredValue): the
  // key typed shows at once, and the preview a moment later.
  const checked = useDeferredValue(form.check);
  const preview = useMemo(() => {
    if (!checked.ok) return null;
    const { cycleId: _cycle, notes: _notes, selfReportId: _report, ...exam } = checked.input;
    return alertsIfSaved(props.record, props.storedAlerts, { exam: { ...exam, cycleId } });
  }, [checked, props.record, props.storedAlerts, cycleId]);

  const [meanwhile, setMeanwhile] = useState<Meanwhile | null>(null);
  const save = useMutation({
    mutationFn: (input: AssessmentInput) =>
      api("POST /api/patients/{id}/assessments", { params: { id: patientId }, body: input }),
    onSuccess: (result, input) => {
      const summary = savedSummary(form.draft, input);
      form.reset(props.initial);
      setMeanwhile(null);
      props.onSaved(result, summary);
      router.refresh();
    },
    onError: async (error) => {
      if (error instanceof ApiRequestError && error.body.fields) form.setServerErrors(error.body.fields);
      form.markAttempt();
      // Another screen saved the cycle's exam meanwhile: read it, to show beside what was typed here.
      const current =
        error instanceof ApiRequestError && error.status === 409 ? (error.body.current as SeenExams) : null;
      const latest = current?.assessments.at(-1);
      if (!current || !latest) return;
      const { assessments } = await api("GET /api/patients/{id}/assessments", { params: { id: patientId } });
      const theirs = assessments.find((a) => a.id === latest.id);
      if (theirs) setMeanwhile({ theirs, by: latest.by, seen: current.assessments.length });
    },
  });

  // `examsSeen`: the cycle's exams this screen shows. One saved meanwhile from another tab refuses
  // this save (409) rather than doubling the cycle's exam, until the nurse has seen it and chosen
  // to save hers as another.
  function saveAs(examsSeen: number) {
    if (form.check.ok) save.mutate({ ...form.check.input, selfReportId: props.selfReport?.id ?? null, examsSeen });
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    form.markAttempt();
    // Save again after a refusal is refused again: only the notice's choice saves a second exam.
    saveAs(props.record.exams.filter((x) => x.cycleId === cycleId && !x.enteredInError).length);
  }

  function copy() {
    if (!previous) return;
    // Rendered at once: the accept button is offered only once the form holds findings.
    flushSync(() => {
      setCopied(copyCounts(form, previous, reported && { values: reported, mark: PATIENT_REPORTED }));
      if (reported) form.fill(reported, PATIENT_REPORTED);
      form.fill(previous, COPIED);
    });
    focusField(fieldId("acceptGrades"));
  }

  // The server's reasons with no field of their own (an unknown cycle, a lost connection) join the summary.
  const serverFields = save.error instanceof ApiRequestError ? save.error.body.fields : undefined;
  const otherProblem = save.error && !serverFields && !meanwhile ? save.error.message : undefined;
  const problems: FormProblem[] = [
    ...form.problems,
    ...(otherProblem ? [{ path: "request", label: "Not saved", message: otherProblem }] : []),
  ];
  const linkTo = (path: string) => {
    if (path === "monofilament" || path.startsWith("monofilament.")) {
      return fieldId(path.split(".").length === 3 ? path : `monofilament.${path.split(".")[1] ?? "left"}.felt`);
    }
    return path in FIELD_LABEL ? fieldId(path) : null;
  };
  return (
    <LiveForm onSubmit={submit} noValidate aria-label="Bedside exam" className="flex flex-col gap-4">
      <ErrorSummary problems={problems} attempt={form.attempts} linkTo={linkTo} />
      {meanwhile && (
        <SavedMeanwhile
          theirs={meanwhile.theirs}
          by={meanwhile.by}
          mine={form.draft}
          onSaveMine={() => saveAs(meanwhile.seen)}
          onDiscardMine={() => {
            form.reset(props.initial);
            setMeanwhile(null);
            router.refresh();
          }}
        />
      )}
      {form.restoredAt && (
        <p className="flex flex-wrap items-center gap-2 rounded-md border border-slate-400 bg-white p-2 text-sm">
          Your unsaved draft from {formatTime(form.restoredAt, zone)} was restored.
          <button type="button" className="underline" onClick={() => form.reset(props.initial)}>
            Discard the draft
          </button>
        </p>
      )}
      {previous && props.previousLabel && (
        <SameAsLastCycle
          label={props.previousLabel}
          words={props.lastExamWords}
          copied={copied}
          onCopy={copy}
          autoFocus={!form.restoredAt}
        />
      )}
      <p className="text-xs text-slate-700">
        Every finding starts blank: type it, or x for not done. Scores take their digit, answers their letter.
      </p>
      <ExamFields
        draft={form.draft}
        set={form.set}
        errorAt={form.errorAt}
        fieldId={fieldId}
        marks={form.marks}
        previous={previous}
        reported={reported}
        baseline={baselineExam(props.record.exams)}
        autoFocus={!previous || Boolean(form.restoredAt)}
        beforeSymptoms={
          props.selfReport &&
          reported && (
            <PatientReported
              report={props.selfReport}
              fillable={fillablePaths(form, reported, PATIENT_REPORTED).length}
              onTake={() => form.fill(reported, PATIENT_REPORTED)}
            />
          )
        }
        onAcceptGrades={() => document.getElementById(fieldId("save"))?.focus()}
      />
      <label className="flex w-fit flex-col text-sm font-medium">
        Exam date
        <input
          id={fieldId("assessedOn")}
          type="date"
          value={form.draft.assessedOn}
          onChange={(e) => form.set("assessedOn", e.target.value)}
          aria-invalid={Boolean(form.errorAt("assessedOn"))}
          className="rounded-md border border-slate-400 px-2 py-1.5 aria-[invalid=true]:border-red-700"
        />
        {form.errorAt("assessedOn") && <span className="text-red-700">{form.errorAt("assessedOn")}</span>}
      </label>
      {preview && preview.length > 0 && (
        <div className="rounded-lg border border-slate-300 bg-white p-3">
          <p className="mb-2 text-sm font-medium">Saving this exam will raise:</p>
          <AlertList alerts={preview} names={props.agentNames} />
        </div>
      )}
      <div>
        <Button id={fieldId("save")} type="submit" busy={save.isPending}>
          {save.isPending ? "Saving…" : "Save exam"}
        </Button>
      </div>
    </LiveForm>
  );
}
