"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { CountedTextArea } from "@/components/ui/counted-text-area";
import type { ApiAlert } from "@/db/reads/alerts";
import type { ApiAssessment } from "@/db/reads/assessments";
import type { ExamFindings } from "@/lib/domain/records";
import { api, ApiRequestError } from "@/lib/client/api";
import type { AssessmentInput } from "@/lib/schemas/assessment";
import { ConflictNotice } from "./conflict-notice";
import { ErrorSummary } from "./error-summary";
import { draftFrom, FIELD_LABEL } from "./exam-draft";
import { ExamFields } from "./exam-fields";
import { useExamDraft } from "./use-exam-draft";
import { LiveForm } from "@/components/ui/live-form";

type Amended = { assessment: ApiAssessment; alerts: ApiAlert[] };

/**
 * Amends an exam with a reason. It sends the version it was opened at: if someone amended the
 * exam meanwhile, the server refuses (409) and nothing is overwritten; the form then shows what
 * the other person changed beside the values typed here, which stay in the form.
 */
export function AmendForm({
  exam,
  userId,
  baseline,
  onDone,
  onCancel,
}: {
  exam: ApiAssessment;
  /** The signed-in user, whose draft of the amendment this browser keeps (draft-storage.ts). */
  userId: string;
  baseline: ExamFindings | null;
  onDone: (result: Amended) => void;
  onCancel: () => void;
}) {
  const router = useRouter();
  const idPrefix = useId();
  const fieldId = (path: string) => `${idPrefix}-${path}`;
  // The version this amendment builds on: the one opened, or the rival one once reviewed.
  const [base, setBase] = useState<ApiAssessment>(exam);
  const [conflict, setConflict] = useState<ApiAssessment | "gone" | null>(null);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  // Keyed by version: a draft typed over an older version must not come back over a newer one.
  const form = useExamDraft(
    `amend:${exam.id}:v${exam.version}`,
    userId,
    draftFrom(exam, exam.assessedOn),
    exam.cycleId,
  );

  const amend = useMutation({
    mutationFn: (input: AssessmentInput) => {
      const { cycleId: _cycle, ...fields } = input;
      return api("PATCH /api/assessments/{id}", {
        params: { id: exam.id },
        body: { ...fields, version: base.version, reason },
      });
    },
    onSuccess: (result) => {
      form.reset(draftFrom(result.assessment, result.assessment.assessedOn));
      onDone(result);
      router.refresh();
    },
    onError: (error) => {
      if (!(error instanceof ApiRequestError)) return;
      if (error.status === 409) setConflict((error.body.current as ApiAssessment | undefined) ?? "gone");
      if (error.body.fields) form.setServerErrors(error.body.fields);
      form.markAttempt();
    },
  });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    form.markAttempt();
    setTried(true);
    if (form.check.ok && reason.trim() !== "") amend.mutate(form.check.input);
  }

  const reasonError = form.errorAt("reason") ?? (tried && reason.trim() === "" ? "Give a reason." : undefined);
  const otherError =
    amend.error && !(amend.error instanceof ApiRequestError && (amend.error.status === 409 || amend.error.body.fields))
      ? amend.error.message
      : undefined;
  const problems = [
    ...form.problems,
    ...(reasonError ? [{ path: "reason", label: "Reason for the amendment", message: reasonError }] : []),
    ...(otherError ? [{ path: "request", label: "Not saved", message: otherError }] : []),
  ];
  return (
    <LiveForm onSubmit={submit} noValidate aria-label="Amend exam" className="flex flex-col gap-4">
      <ErrorSummary
        problems={problems}
        attempt={form.attempts}
        linkTo={(path) => (path in FIELD_LABEL || path === "reason" ? fieldId(path) : null)}
      />
      {conflict && (
        <ConflictNotice
          read={base}
          current={conflict === "gone" ? null : conflict}
          mine={form.draft}
          onKeepMine={() => {
            if (conflict !== "gone") setBase(conflict);
            setConflict(null);
          }}
          onTakeTheirs={() => {
            if (conflict !== "gone") {
              setBase(conflict);
              form.reset(draftFrom(conflict, conflict.assessedOn));
            }
            setConflict(null);
          }}
        />
      )}
      <ExamFields
        draft={form.draft}
        set={form.set}
        errorAt={form.errorAt}
        fieldId={fieldId}
        marks={form.marks}
        previous={null}
        baseline={baseline}
        autoFocus
        onAcceptGrades={() => document.getElementById(fieldId("reason"))?.focus()}
      />
      <CountedTextArea
        label="Reason for the amendment"
        id={fieldId("reason")}
        name="reason"
        value={reason}
        onChange={setReason}
        error={reasonError}
      />
      <div className="flex gap-2">
        <Button type="submit" busy={amend.isPending}>
          {amend.isPending ? "Saving…" : "Save amendment"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </LiveForm>
  );
}
