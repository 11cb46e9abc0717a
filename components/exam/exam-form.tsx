"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ApiAlert } from "@/db/alerts";
import type { ApiAssessment } from "@/db/assessments";
import { reconcileAlerts, type StoredAlert } from "@/lib/domain/reconcile";
import type { PatientRecord } from "@/lib/domain/records";
import { baselineExam } from "@/lib/domain/worsening";
import { apiFetch, ApiRequestError } from "@/lib/client/api";
import type { AssessmentInput } from "@/lib/schemas/assessment";
import type { ExamDraft } from "./exam-draft";
import { ExamFields } from "./exam-fields";
import { AlertList } from "./raised-alerts";
import { useExamDraft } from "./use-exam-draft";
import { formatTime } from "@/lib/dates";
import { useClinicZone } from "@/components/clinic-zone";

export interface ExamFormProps {
  patientId: string;
  cycleId: string;
  initial: ExamDraft;
  previous: ExamDraft | null;
  previousLabel: string | null;
  record: PatientRecord;
  storedAlerts: StoredAlert[];
  onSaved: (result: { assessment: ApiAssessment; alerts: ApiAlert[] }) => void;
}

/** What saving this exam would raise, by the same rules the server runs on the same record. */
function alertsIfSaved(record: PatientRecord, stored: StoredAlert[], input: AssessmentInput) {
  const { cycleId, assessedOn, notes: _notes, ...findings } = input;
  const exam = {
    id: "draft",
    cycleId: cycleId ?? null,
    assessedOn,
    recordedAt: "~",
    enteredInError: false,
    ...findings,
  };
  return reconcileAlerts({ ...record, exams: [...record.exams, exam] }, stored).raise.filter(
    (a) => a.assessmentId === "draft",
  );
}

/**
 * The bedside exam for one cycle, by keyboard alone: the cursor starts in the first field,
 * values carried from the last exam are kept by tabbing past them, scores take their digit,
 * one key accepts the suggested grades and moves to Save, Enter saves.
 */
export function ExamForm(props: ExamFormProps) {
  const { patientId, cycleId } = props;
  const router = useRouter();
  const zone = useClinicZone();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useExamDraft(`cycle:${cycleId}`, props.initial, cycleId);
  const preview = useMemo(
    () => (form.check.ok ? alertsIfSaved(props.record, props.storedAlerts, form.check.input) : null),
    [form.check, props.record, props.storedAlerts],
  );

  const save = useMutation({
    mutationFn: (input: AssessmentInput) =>
      apiFetch<{ assessment: ApiAssessment; alerts: ApiAlert[] }>(`/api/patients/${patientId}/assessments`, {
        method: "POST",
        body: input,
      }),
    onSuccess: (result) => {
      form.reset(props.initial);
      props.onSaved(result);
      void queryClient.invalidateQueries({ queryKey: ["assessments", patientId] });
      router.refresh();
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.body.fields) form.setServerErrors(error.body.fields);
    },
  });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    form.markSubmitted();
    if (form.check.ok) save.mutate(form.check.input);
  }

  // Field errors show beside their fields; the server's other reasons (an unknown cycle) show here.
  const serverFields = save.error instanceof ApiRequestError ? save.error.body.fields : undefined;
  const problem =
    form.formError ??
    (serverFields ? (serverFields.cycleId ?? serverFields.body) : save.error ? save.error.message : undefined);
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Bedside exam" className="flex flex-col gap-4">
      {props.previousLabel && (
        <p className="text-sm text-slate-700">
          Values carried forward from {props.previousLabel}: check each one and change what differs today.
        </p>
      )}
      {form.restoredAt && (
        <p className="flex flex-wrap items-center gap-2 rounded-md border border-slate-400 bg-white p-2 text-sm">
          Your unsaved draft from {formatTime(form.restoredAt, zone)} was restored.
          <button type="button" className="underline" onClick={() => form.reset(props.initial)}>
            Discard the draft
          </button>
        </p>
      )}
      <label className="flex w-fit flex-col text-sm font-medium">
        Exam date
        <input
          type="date"
          value={form.draft.assessedOn}
          onChange={(e) => form.set("assessedOn", e.target.value)}
          className="rounded-md border border-slate-400 px-2 py-1.5"
        />
        {form.errorAt("assessedOn") && <span className="text-red-700">{form.errorAt("assessedOn")}</span>}
      </label>
      <ExamFields
        draft={form.draft}
        set={form.set}
        errorAt={form.errorAt}
        previous={props.previous}
        baseline={baselineExam(props.record.exams)}
        autoFocus
        onAcceptGrades={() => formRef.current?.querySelector<HTMLButtonElement>("button[type=submit]")?.focus()}
      />
      {preview && preview.length > 0 && (
        <div className="rounded-lg border border-slate-300 bg-white p-3">
          <p className="mb-2 text-sm font-medium">Saving this exam will raise:</p>
          <AlertList alerts={preview} />
        </div>
      )}
      {problem && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          {problem}
        </p>
      )}
      <div>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save exam"}
        </Button>
      </div>
    </form>
  );
}
