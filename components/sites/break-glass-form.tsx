"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Field, TextArea } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useSentForm } from "@/components/ui/use-sent-form";
import { api } from "@/lib/client/api";
import type { BreakGlassInput } from "@/lib/schemas/site";
import { LiveForm } from "@/components/ui/live-form";

/**
 * Break the glass: the reason a user opens a patient treated only at other sites. Saved with the
 * user, patient and time in the audit trail; the record then opens for the rest of the session.
 */
export function BreakGlassForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const sent = useSentForm();
  const open = useMutation({
    mutationFn: (body: BreakGlassInput) =>
      api("POST /api/patients/{id}/site-access", { params: { id: patientId }, body }),
    onSuccess: () => {
      sent.setStatus("Reason recorded. Opening the record…");
      router.refresh();
    },
    onError: sent.refused,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    // The API's schema, loaded when a reason is first sent rather than with the page (docs/benchmarks.md, "Route budgets").
    const { BreakGlassInput } = await import("@/lib/schemas/site");
    const input = sent.check(BreakGlassInput, { reason: form.get("reason") }, formElement);
    if (input) open.mutate(input);
  }

  return (
    <LiveForm onSubmit={(e) => void submit(e)} className="flex max-w-xl flex-col gap-3" noValidate>
      <Field
        label="Reason for opening this record"
        error={sent.errors.reason}
        hint="Recorded in the audit trail with your name and the time."
      >
        {(p) => <TextArea {...p} name="reason" rows={3} required />}
      </Field>
      <SubmitRow
        label="Record the reason and open"
        pendingLabel="Recording…"
        pending={open.isPending}
        status={sent.status}
      />
    </LiveForm>
  );
}
