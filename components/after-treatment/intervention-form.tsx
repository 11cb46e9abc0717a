"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput, TextArea } from "@/components/ui/field";
import { useSentForm } from "@/components/ui/use-sent-form";
import { api } from "@/lib/client/api";
import { INTERVENTION_KINDS, INTERVENTION_LABEL } from "@/lib/domain/interventions";
import type { InterventionInput } from "@/lib/schemas/intervention";
import { LiveForm } from "@/components/ui/live-form";

const optional = (v: FormDataEntryValue | null) => (v === null || v === "" ? undefined : v);

/** Records supportive care with the schema the API checks; what the answer warns about stays on screen. */
export function InterventionForm({ patientId, today }: { patientId: string; today: string }) {
  const router = useRouter();
  const [kind, setKind] = useState<string>("duloxetine");
  const sent = useSentForm();
  const [warnings, setWarnings] = useState<string[]>([]);
  const record = useMutation({
    mutationFn: (input: InterventionInput) =>
      api("POST /api/patients/{id}/interventions", { params: { id: patientId }, body: input }),
    onSuccess: (answer, input) => {
      setWarnings(answer.warnings);
      sent.setStatus(`${INTERVENTION_LABEL[input.kind]} recorded.`);
      router.refresh();
    },
    onError: sent.refused,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const dose = optional(form.get("dose"));
    // The API's schema, loaded when supportive care is first recorded rather than with the page (docs/benchmarks.md, "Route budgets").
    const { InterventionInput } = await import("@/lib/schemas/intervention");
    setWarnings([]);
    const input = sent.check(
      InterventionInput,
      {
        kind: form.get("kind"),
        startedOn: form.get("startedOn"),
        endedOn: optional(form.get("endedOn")),
        dose: dose === undefined ? undefined : Number(dose),
        notes: optional(form.get("notes")),
      },
      formElement,
    );
    if (input) record.mutate(input);
  }

  return (
    <LiveForm
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Record supportive care"
      className="flex flex-col gap-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Kind" error={sent.errors.kind}>
          {(p) => (
            <Select {...p} name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              {INTERVENTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {INTERVENTION_LABEL[k]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {kind === "duloxetine" && (
          <Field label="Dose (mg a day)" error={sent.errors.dose} hint="Usually 30 mg a day for a week, then 60 mg.">
            {(p) => <TextInput {...p} name="dose" type="number" inputMode="decimal" min={0} step="any" />}
          </Field>
        )}
        <Field label="Started on" error={sent.errors.startedOn}>
          {(p) => <TextInput {...p} name="startedOn" type="date" defaultValue={today} />}
        </Field>
        <Field label="Ended on (if it has)" error={sent.errors.endedOn}>
          {(p) => <TextInput {...p} name="endedOn" type="date" />}
        </Field>
      </div>
      <Field label="Notes" error={sent.errors.notes}>
        {(p) => <TextArea {...p} name="notes" />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" busy={record.isPending}>
          {record.isPending ? "Recording…" : "Record supportive care"}
        </Button>
        <p aria-live="polite" className="text-sm">
          {sent.status}
        </p>
      </div>
      {warnings.length > 0 && (
        <div role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-sm text-slate-900">
          <p className="font-semibold">Warning</p>
          {warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      )}
    </LiveForm>
  );
}
