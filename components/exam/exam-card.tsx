"use client";
import { useMutation } from "@tanstack/react-query";
import { clientOnly } from "@/lib/client/client-only";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ApiAlert } from "@/db/reads/alerts";
import type { Assessment } from "@/db/schema";
import type { listAssessments, ApiAssessment } from "@/db/reads/assessments";
import type { ExamFindings } from "@/lib/domain/records";
import { api } from "@/lib/client/api";
import { EnteredInErrorFormWhenOpened } from "./entered-in-error-loader";
import type { ExamValues } from "./exam-draft";
import { changedLines, examLines } from "./exam-format";
import { formatDateTime, formatDay } from "@/lib/dates";
import { useClinicZone } from "@/components/clinic-zone";
import { useHydrated } from "@/lib/client/use-hydrated";

const SPANS_ROW = new Set(["assessedOn", "notes"]);

// Loaded when an amendment is begun: the form and the schema it checks with are not needed to read a saved exam.
const AmendForm = clientOnly(
  () => import("./amend-form").then((m) => m.AmendForm),
  () => <p className="text-sm">Loading the amendment form…</p>,
);

export type ListedExam = Awaited<ReturnType<typeof listAssessments>>[number];

/** A version kept in the history: the whole stored row as it was before an amendment. */
function snapshotValues(snapshot: unknown): ExamValues & { assessedOn: string } {
  const row = snapshot as Assessment;
  return {
    ...(row.findings as unknown as ExamValues),
    assessedOn: row.assessedOn,
    sensoryGrade: row.sensoryGrade,
    motorGrade: row.motorGrade,
    notes: row.notes,
  };
}

const STATUS_WORDS = { final: "Final", amended: "Amended", "entered-in-error": "Entered in error" } as const;

/** One exam of the cycle: its values, its status and every earlier version, with amend and entered-in-error. */
export function ExamCard({
  exam: stored,
  baseline,
  people,
  userId,
  canRecord,
  onAmended,
}: {
  exam: ListedExam;
  /** The patient's baseline exam for the suggested grade; null when this exam is the baseline. */
  baseline: ExamFindings | null;
  people: Record<string, string>;
  /** The signed-in user, who may amend it (their draft is kept: draft-storage.ts). */
  userId: string;
  canRecord: boolean;
  onAmended: (result: { assessment: ApiAssessment; alerts: ApiAlert[] }) => void;
}) {
  const router = useRouter();
  const zone = useClinicZone();
  const [mode, setMode] = useState<"view" | "amend" | "error">("view");
  // Its code may come after the page's (lib/client/split-off.tsx): a press before then would do nothing.
  const hydrated = useHydrated();
  // Safe to show at once: the record is struck, never removed; a refusal puts it back.
  const [struckFor, setStruckFor] = useState<string | null>(null);
  const exam: ListedExam =
    struckFor !== null && stored.status !== "entered-in-error"
      ? { ...stored, status: "entered-in-error", statusReason: struckFor }
      : stored;
  const inError = exam.status === "entered-in-error";

  const markInError = useMutation({
    mutationFn: (reason: string) =>
      api("POST /api/assessments/{id}/entered-in-error", { params: { id: exam.id }, body: { reason } }),
    onMutate: (reason) => setStruckFor(reason),
    onError: () => setStruckFor(null),
    onSuccess: () => setMode("view"),
    // The page read again brings the exam as stored.
    onSettled: () => router.refresh(),
  });

  const versions = [...exam.history].sort((a, b) => a.version - b.version);
  const current: ExamValues = exam;
  return (
    <article
      aria-label={`Exam of ${formatDay(exam.assessedOn)}`}
      className="rounded-lg border border-slate-300 bg-white p-4"
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3">
        <h3 className={`font-semibold ${inError ? "line-through" : ""}`}>Exam of {formatDay(exam.assessedOn)}</h3>
        <span className="text-sm">
          {STATUS_WORDS[exam.status]} · version {exam.version} · recorded by {people[exam.recordedBy] ?? "unknown"},{" "}
          {/* Two exams of one day (another screen's, then this one's) differ by when they were recorded. */}
          {formatDateTime(exam.recordedAt, zone)}
        </span>
      </header>
      {exam.statusReason && (
        <p className="mb-2 text-sm">
          {inError ? "Entered in error" : "Amended"}: {exam.statusReason}
        </p>
      )}
      {mode === "amend" ? (
        <AmendForm
          exam={exam}
          userId={userId}
          baseline={baseline}
          onCancel={() => setMode("view")}
          onDone={(result) => {
            setMode("view");
            onAmended(result);
          }}
        />
      ) : (
        <dl className={`grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-2 ${inError ? "text-slate-500" : ""}`}>
          {examLines(current).map((l) => (
            // The date and the notes take a whole row, so that each left finding sits beside its right.
            <div key={l.path} className={`flex gap-2 ${SPANS_ROW.has(l.path) ? "sm:col-span-2" : ""}`}>
              <dt className="font-medium">{l.label}:</dt>
              <dd>{l.text}</dd>
            </div>
          ))}
          <div className="flex gap-2">
            <dt className="font-medium">Suggested grade:</dt>
            <dd>{exam.suggestedGrade}</dd>
          </div>
        </dl>
      )}
      {versions.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium">History: {versions.length} earlier version(s)</summary>
          <ol className="mt-2 flex flex-col gap-2">
            {versions.map((h, i) => {
              const after = versions[i + 1] ? snapshotValues(versions[i + 1]!.snapshot) : current;
              return (
                <li key={h.id}>
                  Version {h.version}, replaced {formatDateTime(h.replacedAt, zone)} by{" "}
                  {people[h.replacedBy] ?? "unknown"}: {h.reason}
                  <ul className="ml-4 list-disc">
                    {changedLines(snapshotValues(h.snapshot), after).map((l) => (
                      <li key={l.path}>
                        {l.label}: {l.before} → {l.text}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </details>
      )}
      {canRecord && !inError && mode === "view" && (
        <div className="mt-3 flex gap-2">
          <Button type="button" variant="secondary" disabled={!hydrated} onClick={() => setMode("amend")}>
            Amend exam
          </Button>
          <Button type="button" variant="secondary" disabled={!hydrated} onClick={() => setMode("error")}>
            Mark exam entered in error
          </Button>
        </div>
      )}
      {mode === "error" && (
        <div className="mt-3">
          <EnteredInErrorFormWhenOpened
            what="this exam"
            pending={markInError.isPending}
            error={markInError.error?.message}
            onConfirm={(reason) => markInError.mutate(reason)}
            onCancel={() => setMode("view")}
          />
        </div>
      )}
    </article>
  );
}
