"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useContext, useId, useState, type FormEvent } from "react";
import { Field, TextInput, TextArea } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useSentForm } from "@/components/ui/use-sent-form";
import { api, ApiRequestError } from "@/lib/client/api";
import type { DecisionChoices } from "./standing-decision";
import { notBelowCurrent } from "@/lib/domain/reduction";
import type { AcknowledgeInput } from "@/lib/schemas/plan";
import { DECISION_HINT, DECISION_LABEL, raisedText } from "./decision-words";
import { GroupDecisions } from "./group-decisions";
import { LiveForm } from "@/components/ui/live-form";

/** The dose field of a reduction: what it starts with, its unit, and what the plan says, in words. */
export interface ReduceField {
  dose: number | null;
  /** The dose per administration now, which a reduction must go below. */
  from: number;
  unit: string;
  planSays: string;
}

/** Where a decision goes: one alert, or several open alerts of one patient and agent at once. */
/** One alert, an agent's open alerts together, or the agent itself with no alert open (a hold reviewed). */
export type DecisionTarget =
  { alertId: string } | { patientId: string; alertIds: string[] } | { patientId: string; agent: string };

/** The patient and agent the decision is for, named so the page can say what was decided. */
export interface DecisionGroup {
  id: string;
  patient: string;
  /** The agent's name, lower case, as a sentence reads it. */
  agent: string;
}

/** "Recorded for Castellano, Ines: reduce oxaliplatin to 75 mg/m2 (2 alerts decided)."; a hold reviewed decides no alert. */
function decidedMessage(group: DecisionGroup, input: AcknowledgeInput, unit: string | undefined, count: number) {
  const what = {
    proceed: `proceed with ${group.agent}`,
    reduce:
      input.toDose === undefined
        ? `reduce ${group.agent} to the plan's dose`
        : `reduce ${group.agent} to ${input.toDose} ${unit ?? ""}`.trimEnd(),
    hold: `hold ${group.agent}`,
    stop: `stop ${group.agent}`,
  }[input.decision];
  const alerts = count === 0 ? "" : ` (${count} alert${count === 1 ? "" : "s"} decided)`;
  return `Recorded for ${group.patient}: ${what}${alerts}.`;
}

/**
 * An oncologist's decision on one alert or on an agent's open alerts together, inline and never
 * blocking: the list stays readable around it (docs/clinical-rules.md, "Alert design"). A
 * reduction names its dose, pre-filled with what the plan says. The schema is the one the API checks.
 */
export function AcknowledgeForm({
  target,
  choices: { decisions, hints },
  reduceTo,
  group,
}: {
  target: DecisionTarget;
  /** The decisions offered, and what each does here where it says more than DECISION_HINT. */
  choices: DecisionChoices;
  reduceTo: ReduceField | null;
  group: DecisionGroup;
}) {
  const router = useRouter();
  const report = useContext(GroupDecisions);
  if (!report) throw new Error("A decision form reports to a DecisionWorklist around it.");
  const errorId = useId();
  // A single choice (a stopped agent's) is made already; the reason is all that is asked.
  const only = decisions.length === 1 ? decisions[0]! : null;
  const [decision, setDecision] = useState<string | null>(only);
  const sent = useSentForm();
  const { errors } = sent;
  const decide = useMutation({
    // What was decided is what the page shows next (reported, or reloaded); of the answer, only
    // the alerts the decision raised are read, to be said with it.
    mutationFn: async (input: AcknowledgeInput) => {
      if ("alertId" in target)
        return (await api("POST /api/alerts/{id}/acknowledge", { params: { id: target.alertId }, body: input })).raised;
      if ("agent" in target)
        return (
          await api("POST /api/patients/{id}/agents/{agent}/decision", {
            params: { id: target.patientId, agent: target.agent },
            body: input,
          })
        ).raised;
      return (
        await api("POST /api/patients/{id}/alerts/acknowledge", {
          params: { id: target.patientId },
          body: { ...input, alertIds: target.alertIds },
        })
      ).raised;
    },
    // The decided form leaves the page: the page says what was decided, and moves the focus on.
    onSuccess: (raised, input) => {
      const count = "alertIds" in target ? target.alertIds.length : "alertId" in target ? 1 : 0;
      report(group.id, decidedMessage(group, input, reduceTo?.unit, count) + raisedText(raised));
    },
    onError: (e) => {
      sent.refused(e);
      // Someone else decided first: show the alert as it now stands.
      if (e instanceof ApiRequestError && e.status === 409) router.refresh();
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const fields = formElement.elements;
    const form = new FormData(formElement);
    const toDose = String(form.get("toDose") ?? "").trim();
    // The API's schema, loaded when a decision is first sent rather than with the page (docs/benchmarks.md, "Route budgets").
    const { AcknowledgeInput } = await import("@/lib/schemas/plan");
    const input = sent.check(
      AcknowledgeInput,
      {
        decision: form.get("decision") ?? undefined,
        reason: form.get("reason"),
        // Left empty, the server applies the plan rule's dose (or asks for one when it names none).
        toDose: decision === "reduce" && toDose !== "" ? Number(toDose) : undefined,
      },
      formElement,
    );
    if (!input) return;
    // The server refuses it too; said here at once, beside the field, with nothing sent.
    const notBelow =
      input.decision === "reduce" && input.toDose !== undefined && reduceTo
        ? notBelowCurrent(reduceTo.from, input.toDose, reduceTo.unit)
        : null;
    if (notBelow) {
      sent.reject({ toDose: notBelow });
      (fields.namedItem("toDose") as HTMLInputElement | null)?.focus();
      return;
    }
    decide.mutate(input);
  }

  return (
    <LiveForm
      onSubmit={(e) => void submit(e)}
      className="mt-3 flex flex-col gap-3 border-t border-slate-200 pt-3"
      noValidate
    >
      <fieldset aria-describedby={errors.decision ? errorId : undefined}>
        <legend className="text-sm font-medium text-slate-800">Decision</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {decisions.map((d) => (
            <label key={d} className="flex items-start gap-2 rounded border border-slate-300 p-2 text-sm">
              <input
                type="radio"
                name="decision"
                value={d}
                defaultChecked={d === only}
                className="mt-1"
                onChange={(e) => e.target.checked && setDecision(d)}
              />
              <span>
                <span className="font-medium">{DECISION_LABEL[d]}</span>
                <span className="block text-xs text-slate-600">{hints[d] ?? DECISION_HINT[d]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.decision && (
          <p id={errorId} role="alert" className="mt-1 text-sm text-red-700">
            Choose a decision.
          </p>
        )}
      </fieldset>
      {decision === "reduce" && reduceTo && (
        <Field label={`Reduce to (${reduceTo.unit} per administration)`} error={errors.toDose} hint={reduceTo.planSays}>
          {(p) => (
            <span className="flex items-center gap-1">
              <TextInput
                {...p}
                name="toDose"
                type="number"
                inputMode="decimal"
                min={0}
                step={0.01}
                defaultValue={reduceTo.dose ?? ""}
                className="w-32"
              />
              <span aria-hidden="true" className="text-sm">
                {reduceTo.unit}
              </span>
            </span>
          )}
        </Field>
      )}
      <Field label="Reason" error={errors.reason}>
        {(p) => <TextArea {...p} name="reason" />}
      </Field>
      <SubmitRow label="Record decision" pendingLabel="Recording…" pending={decide.isPending} status={sent.status} />
    </LiveForm>
  );
}
