"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useSentForm } from "@/components/ui/use-sent-form";
import { api, ApiRequestError } from "@/lib/client/api";
import type { InterventionResponse } from "@/lib/domain/interventions";
import type { InterventionPatch } from "@/lib/schemas/intervention";
import { LiveForm } from "@/components/ui/live-form";

// Every response, in the domain's order, typed against it: the domain module itself (every kind's
// label and warning) is not loaded with the patient page for three words.
const RESPONSE_LABEL: Record<InterventionResponse, string> = { better: "Better", same: "The same", worse: "Worse" };

/** Ends supportive care or records how the patient responded, with the version the page read. */
export function InterventionUpdate({
  id,
  version,
  label,
  endedOn,
  response,
}: {
  id: string;
  version: number;
  label: string;
  endedOn: string | null;
  response: string | null;
}) {
  const router = useRouter();
  const sent = useSentForm();
  const update = useMutation({
    mutationFn: (patch: InterventionPatch) => api("PATCH /api/interventions/{id}", { params: { id }, body: patch }),
    onSuccess: () => {
      sent.setStatus("Saved.");
      router.refresh();
    },
    onError: (e) => {
      sent.refused(e);
      if (e instanceof ApiRequestError && e.status === 409) {
        sent.setStatus("Someone changed this since you opened the page; it now shows their change.");
        router.refresh();
      }
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const endedOn = form.get("endedOn");
    const chosen = form.get("response");
    // The API's schema, loaded when an update is first saved rather than with the page (docs/benchmarks.md, "Route budgets").
    const { InterventionPatch } = await import("@/lib/schemas/intervention");
    const patch = sent.check(
      InterventionPatch,
      {
        version,
        ...(endedOn ? { endedOn } : {}),
        ...(chosen ? { response: chosen } : {}),
      },
      formElement,
    );
    if (patch) update.mutate(patch);
  }

  return (
    <LiveForm
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Update ${label}`}
      className="mt-2 flex flex-wrap items-end gap-3"
    >
      <Field label="Ended on" error={sent.errors.endedOn}>
        {(p) => <TextInput {...p} name="endedOn" type="date" defaultValue={endedOn ?? ""} />}
      </Field>
      <Field label="Response" error={sent.errors.response}>
        {(p) => (
          <Select {...p} name="response" defaultValue={response ?? ""}>
            <option value="">Not yet known</option>
            {(Object.keys(RESPONSE_LABEL) as InterventionResponse[]).map((r) => (
              <option key={r} value={r}>
                {RESPONSE_LABEL[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" busy={update.isPending}>
        Save
      </Button>
      <p aria-live="polite" className="text-sm">
        {sent.status}
      </p>
    </LiveForm>
  );
}
