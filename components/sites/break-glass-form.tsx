"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { api, ApiRequestError } from "@/lib/client/api";
import { MAX_TEXT } from "@/lib/schemas/limits";

/**
 * Break the glass: the reason a user opens a patient treated only at other sites. Saved with the
 * user, patient and time in the audit trail; the record then opens for the rest of the session.
 */
export function BreakGlassForm({ patientId }: { patientId: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const open = useMutation({
    mutationFn: (reason: string) =>
      api("POST /api/patients/{id}/site-access", { params: { id: patientId }, body: { reason } }),
    onSuccess: () => {
      setStatus("Reason recorded. Opening the record…");
      router.refresh();
    },
    onError: (e) => {
      if (!(e instanceof ApiRequestError)) return setStatus("Could not reach the server. Try again.");
      setError(e.body.fields?.reason);
      setStatus(e.body.message);
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    if (reason === "") {
      setError("Give a reason.");
      setStatus(null);
      return;
    }
    setError(undefined);
    open.mutate(reason);
  }

  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-3" noValidate>
      <Field
        label="Reason for opening this record"
        error={error}
        hint="Recorded in the audit trail with your name and the time."
      >
        {(p) => (
          <textarea
            {...p}
            name="reason"
            rows={3}
            required
            maxLength={MAX_TEXT}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={open.isPending}>
          {open.isPending ? "Recording…" : "Record the reason and open"}
        </Button>
        <p aria-live="polite" className="text-sm">
          {status}
        </p>
      </div>
    </form>
  );
}
