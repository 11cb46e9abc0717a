"use client";
import { clientOnly } from "@/lib/client/client-only";
import { splitOff } from "@/lib/client/split-off";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { ApiAlert } from "@/db/reads/alerts";
import type { ApiAssessment } from "@/db/reads/assessments";
import type { PatientRecord } from "@/lib/domain/records";
import type { ListedExam } from "./exam-card";
import type { ExamFormProps } from "./exam-form";
import { SaveOutcome } from "./save-outcome";

const loadExamForm = () => import("./exam-form").then((m) => m.ExamForm);
// The form is what the nurse opens the cycle for: its code is fetched as soon as the page's own
// code runs, while React hydrates, not once the page is live.
if (typeof window !== "undefined") loadExamForm().catch(() => undefined);

// The form reads the stored draft as it first renders, so it renders in the browser only. Until
// its code has come, `formLoading` holds its place, rendered by the server (last-exam-words.tsx).
const ExamForm = clientOnly<ExamFormProps & { loading: ReactNode }>(loadExamForm, ({ loading }) => loading);

// A saved exam's card comes in its own chunk: at the chair the cycle is opened before its exam (lib/client/split-off.tsx).
const ExamCard = splitOff(
  () => import("./exam-card").then((m) => m.ExamCard),
  () => <p className="text-sm">Loading the saved exam…</p>,
);

type Saved = { assessment: ApiAssessment; alerts: ApiAlert[] };

/**
 * Once an exam is saved, the cursor goes on to the next step of the infusion day (the element
 * `selector` finds, a dose to give): into its first field, or onto the step itself when it has none.
 */
function moveTo(selector: string) {
  const step = document.querySelector<HTMLElement>(selector);
  const field = step?.querySelector<HTMLElement>(":is(input:not([type=hidden]), select, textarea):not([disabled])");
  (field ?? step)?.focus();
}

/**
 * The cycle's exams: the entry form until one is saved, then the saved exams with their history.
 * The list is the server page's, read again (router.refresh, by the forms) after each save rather
 * than kept in a client query, so the page loads no query observer (docs/benchmarks.md, "Route budgets").
 */
export function ExamSection({
  exams,
  baseline,
  people,
  canRecord,
  nextStep,
  formLoading,
  ...formProps
}: Omit<ExamFormProps, "onSaved"> & {
  /** In the form's place while its code loads (last-exam-words.tsx, ExamFormLoading). */
  formLoading: ReactNode;
  exams: ListedExam[];
  /** The patient's baseline exam (worsening.ts, baselineExam), found by the page: the rules stay on the server. */
  baseline: PatientRecord["exams"][number] | null;
  people: Record<string, string>;
  canRecord: boolean;
  /** A CSS selector of what comes after the exam on the page (a dose to give): it takes the focus after a save or an amendment. */
  nextStep: string;
}) {
  const { cycleId } = formProps;
  // An exam just saved, shown at once from the answer until the page read again brings it with its cycle and history.
  const [justSaved, setJustSaved] = useState<ListedExam[]>([]);
  const listed = [...exams, ...justSaved.filter((s) => !exams.some((e) => e.id === s.id))];
  const [outcome, setOutcome] = useState<{ message: string; alerts: ApiAlert[] } | null>(null);
  const [another, setAnother] = useState(false);
  const ofCycle = listed.filter((e) => e.cycleId === cycleId);
  const hasExam = ofCycle.some((e) => e.status !== "entered-in-error");

  function saved(message: string, result: Saved, isNew: boolean) {
    setOutcome({ message, alerts: result.alerts });
    setAnother(false);
    // After React has replaced the form with the saved exam.
    requestAnimationFrame(() => moveTo(nextStep));
    if (isNew) setJustSaved((list) => [...list, { ...result.assessment, cycle: null, cumulative: {}, history: [] }]);
  }

  return (
    <div className="flex flex-col gap-4">
      <SaveOutcome message={outcome?.message ?? null} alerts={outcome?.alerts ?? []} names={formProps.agentNames} />
      {ofCycle.map((exam) => (
        <ExamCard
          key={exam.id}
          exam={exam}
          baseline={baseline?.id === exam.id ? null : baseline}
          people={people}
          userId={formProps.userId}
          canRecord={canRecord}
          onAmended={(result) => saved("Amendment saved.", result, false)}
        />
      ))}
      {canRecord && (!hasExam || another) ? (
        <ExamForm {...formProps} loading={formLoading} onSaved={(result, summary) => saved(summary, result, true)} />
      ) : (
        canRecord && (
          <div>
            <Button type="button" variant="secondary" onClick={() => setAnother(true)}>
              Record another exam for this cycle
            </Button>
          </div>
        )
      )}
      {!canRecord && ofCycle.length === 0 && <p className="text-sm">No exam recorded for this cycle yet.</p>}
    </div>
  );
}
