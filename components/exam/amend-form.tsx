"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ApiAlert } from "@/db/alerts";
import type { ApiAssessment } from "@/db/assessments";
import type { ExamFindings } from "@/lib/domain/records";
import { apiFetch, ApiRequestError } from "@/lib/client/api";
import type { AssessmentInput } from "@/lib/schemas/assessment";
import { ConflictNotice } from "./conflict-notice";
import { draftFrom, storedExam } from "./exam-draft";
import { ExamFields } from "./exam-fields";
import { useExamDraft } from "./use-exam-draft";

type Amended = { assessment: ApiAssessment; alerts: ApiAlert[] };

/**
 * Amends an exam with a reason. It sends the version it was opened at: if someone amended the
 * exam meanwhile, the server refuses (409) and nothing is overwritten; the form then shows what
 * the other person changed beside the values typed here, which stay in the form.
 */
export function AmendForm({
  exam,
  baseline,
  onDone,
  onCancel,
}: {
  exam: ApiAssessment;
  baseline: ExamFindings | null;
  onDone: (result: Amended) => void;
  onCancel: () => void;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  // The version this amendment builds on: the one opened, or the rival one once reviewed.
  const [base, setBase] = useState<ApiAssessment>(exam);
  const [conflict, setConflict] = useState<ApiAssessment | "gone" | null>(null);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  // Keyed by version: a draft typed over an older version must not come back over a newer one.
  const form = useExamDraft(
    `amend:${exam.id}:v${exam.version}`,
    draftFrom(storedExam(exam), exam.assessedOn, true),
    exam.cycleId,
  );

  const amend = useMutation({
    mutationFn: (input: AssessmentInput) => {
      const { cycleId: _cycle, ...fields } = input;
      return apiFetch<Amended>(`/api/assessments/${exam.id}`, {
        method: "PATCH",
        body: { ...fields, version: base.version, reason },
      });
    },
    onSuccess: (result) => {
      form.reset(draftFrom(storedExam(result.assessment), result.assessment.assessedOn, true));
      onDone(result);
      void queryClient.invalidateQueries({ queryKey: ["assessments", exam.patientId] });
      router.refresh();
    },
    onError: (error) => {
      if (!(error instanceof ApiRequestError)) return;
      if (error.status === 409) setConflict((error.body.current as ApiAssessment | undefined) ?? "gone");
      if (error.body.fields) form.setServerErrors(error.body.fields);
    },
  });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    form.markSubmitted();
    setTried(true);
    if (form.check.ok && reason.trim() !== "") amend.mutate(form.check.input);
  }

  const reasonError = form.errorAt("reason") ?? (tried && reason.trim() === "" ? "Give a reason." : undefined);
  const otherError =
    amend.error && !(amend.error instanceof ApiRequestError && (amend.error.status === 409 || amend.error.body.fields))
      ? amend.error.message
      : undefined;
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Amend exam" className="flex flex-col gap-4">
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
              form.reset(draftFrom(storedExam(conflict), conflict.assessedOn, true));
            }
            setConflict(null);
          }}
        />
      )}
      <ExamFields
        draft={form.draft}
        set={form.set}
        errorAt={form.errorAt}
        previous={null}
        baseline={baseline}
        autoFocus
        onAcceptGrades={() => formRef.current?.querySelector<HTMLTextAreaElement>("textarea[name=reason]")?.focus()}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={reasonId} className="text-sm font-medium">
          Reason for the amendment
        </label>
        <textarea
          id={reasonId}
          name="reason"
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={Boolean(reasonError)}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
        />
        {reasonError && (
          <span role="alert" className="text-sm text-red-700">
            {reasonError}
          </span>
        )}
      </div>
      {otherError && (
        <p role="alert" className="text-sm text-red-700">
          {otherError}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={amend.isPending}>
          {amend.isPending ? "Saving…" : "Save amendment"}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
