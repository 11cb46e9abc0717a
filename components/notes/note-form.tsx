"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import { useSentForm } from "@/components/ui/use-sent-form";
import { api } from "@/lib/client/api";
import type { NoteInput } from "@/lib/schemas/note";
import { LiveForm } from "@/components/ui/live-form";

/** A note on a cycle or an alert: said beside it, audited, and never a decision. */
export function NoteForm({
  patientId,
  target,
  label,
}: {
  patientId: string;
  target: { cycleId: string } | { alertId: string };
  label: string;
}) {
  const router = useRouter();
  const sent = useSentForm();
  const save = useMutation({
    mutationFn: (input: NoteInput) => api("POST /api/patients/{id}/notes", { params: { id: patientId }, body: input }),
    onSuccess: () => {
      sent.setStatus("Note saved.");
      router.refresh();
    },
    onError: sent.refused,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = new FormData(form).get("text");
    // The API's schema, loaded when a note is first saved rather than with the page (docs/benchmarks.md, "Route budgets").
    const { NoteInput } = await import("@/lib/schemas/note");
    const input = sent.check(NoteInput, { ...target, text }, form);
    if (input) save.mutate(input, { onSuccess: () => form.reset() });
  }

  return (
    <LiveForm onSubmit={(e) => void submit(e)} className="mt-2 flex flex-col gap-2" noValidate>
      <Field label={label} error={sent.errors.text} hint="A note is kept as written and audited; it is not a decision.">
        {(p) => <TextArea {...p} name="text" />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" busy={save.isPending}>
          {save.isPending ? "Saving…" : "Save note"}
        </Button>
        <p aria-live="polite" className="text-sm">
          {sent.status}
        </p>
      </div>
    </LiveForm>
  );
}
