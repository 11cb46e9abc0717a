"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { api, ApiRequestError } from "@/lib/client/api";
import { INTERVENTION_RESPONSES } from "@/lib/domain/interventions";
import { fieldErrors } from "@/lib/schemas/field-errors";
import type { InterventionPatch } from "@/lib/schemas/intervention";

const RESPONSE_LABEL = { better: "Better", same: "The same", worse: "Worse" } as const;

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const update = useMutation({
    mutationFn: (patch: InterventionPatch) => api("PATCH /api/interventions/{id}", { params: { id }, body: patch }),
    onSuccess: () => {
      setStatus("Saved.");
      router.refresh();
    },
    onError: (e) => {
      if (!(e instanceof ApiRequestError)) return setStatus("Could not reach the server. Try again.");
      setErrors(e.body.fields ?? {});
      setStatus(
        e.status === 409
          ? "Someone changed this since you opened the page; it now shows their change."
          : e.body.message,
      );
      if (e.status === 409) router.refresh();
    },
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const endedOn = form.get("endedOn");
    const chosen = form.get("response");
    // The API's schema, loaded when an update is first saved rather than with the page (docs/benchmarks.md, "Route budgets").
    const { InterventionPatch } = await import("@/lib/schemas/intervention");
    const parsed = InterventionPatch.safeParse({
      version,
      ...(endedOn ? { endedOn } : {}),
      ...(chosen ? { response: chosen } : {}),
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    update.mutate(parsed.data);
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Update ${label}`}
      className="mt-2 flex flex-wrap items-end gap-3"
    >
      <Field label="Ended on" error={errors.endedOn}>
        {(p) => <TextInput {...p} name="endedOn" type="date" defaultValue={endedOn ?? ""} />}
      </Field>
      <Field label="Response" error={errors.response}>
        {(p) => (
          <Select {...p} name="response" defaultValue={response ?? ""}>
            <option value="">Not yet known</option>
            {INTERVENTION_RESPONSES.map((r) => (
              <option key={r} value={r}>
                {RESPONSE_LABEL[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={update.isPending}>
        Save
      </Button>
      <p aria-live="polite" className="text-sm">
        {status}
      </p>
    </form>
  );
}
