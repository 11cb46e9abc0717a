"use client";
// What the new course form asks before it saves unusual doses, fetched once the form is shown
// rather than with the page (docs/benchmarks.md, "Route budgets").
import { ConfirmDialog } from "@/components/dose/confirm-dialog";
import { courseDoseQuestions } from "@/lib/domain/plausibility";
import type { CourseInput } from "@/lib/schemas/course";
import type { AgentChoice } from "./course-choices";

/** Each agent's questions (lib/domain/plausibility.ts): above the typical range, past a cap on the cycle. */
export function questionsFor(input: CourseInput, agents: readonly AgentChoice[]): string[] {
  return input.agents.flatMap((a) => {
    const agent = agents.find((c) => c.code === a.agent);
    return agent ? courseDoseQuestions(agent, a.dose, a.administrationsPerCycle ?? 1) : [];
  });
}

export function DoseQuestions({
  questions,
  onConfirm,
  onCancel,
}: {
  questions: string[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ConfirmDialog
      open={questions !== null}
      title="Check these doses before the course is created"
      reasons={questions ?? []}
      confirmLabel="Create the course with these doses"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
