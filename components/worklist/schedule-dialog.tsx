"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { api, ApiRequestError } from "@/lib/client/api";
import { fieldErrors } from "@/lib/schemas/field-errors";
import type { CyclePatch } from "@/lib/schemas/course";
import type { Schedule, ScheduleTarget } from "./schedule-editor";
import { LiveForm } from "@/components/ui/live-form";

const INPUT = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 text-base";

/**
 * The schedule dialog for one row, opened as it mounts (ScheduleEditing mounts one per opening):
 * native, so focus stays in it and Escape closes it, and returns to the row's button. A stale
 * version answers 409: the dialog then says what the other person set, and saving again replaces
 * it knowingly.
 */
export function ScheduleDialog({ target }: { target: ScheduleTarget }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [version, setVersion] = useState(target.version);
  const [chair, setChair] = useState(target.chair ?? "");
  const [time, setTime] = useState(target.appointmentTime ?? "");
  const timeInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  const save = useMutation({
    mutationFn: ({ cycleId, body }: { cycleId: string; body: CyclePatch }) =>
      api("PATCH /api/cycles/{id}", { params: { id: cycleId }, body }),
    onSuccess: ({ cycle }) => {
      setVersion(cycle.version);
      dialog.current?.close();
      router.refresh();
    },
    onError: (error) => {
      if (!(error instanceof ApiRequestError))
        return setErrors({ form: "Not saved: the server could not be reached." });
      if (error.status === 409) {
        const current = error.body.current as Schedule | undefined;
        if (current) setVersion(current.version);
        return setConflict(
          current
            ? `Someone else set this cycle to ${describe(current)} since you opened the worklist. Save again to replace it with yours.`
            : "Someone else changed this cycle since you opened the worklist.",
        );
      }
      setErrors(error.body.fields ?? { form: error.body.message });
    },
  });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setConflict(null);
    // The API's schema, loaded when a row's chair or time is first saved rather than with the
    // dialog (docs/benchmarks.md, "Route budgets").
    const { CyclePatch } = await import("@/lib/schemas/course");
    // A time typed in part (no AM or PM where the browser's clock asks for one) reads as empty:
    // saved as it is, the row lost its time without a word.
    if (timeInput.current?.validity.badInput) {
      return setErrors({ appointmentTime: "Finish the time, AM or PM included where it is asked, or clear it." });
    }
    // "Chair 4" typed in full reads "Chair Chair 4" on the row, which says "Chair" itself.
    const seat = chair.trim().replace(/^chair\s+/i, "");
    const parsed = CyclePatch.safeParse({ version, chair: seat || null, appointmentTime: time || null });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate({ cycleId: target.cycleId, body: parsed.data });
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-80 max-w-full rounded-lg border border-slate-400 p-5 backdrop:bg-slate-900/50"
    >
      <LiveForm onSubmit={(e) => void submit(e)} noValidate className="flex flex-col gap-3">
        <h2 id={titleId} className="text-lg font-semibold">
          Chair and time for {target.patientName}
        </h2>
        {conflict && (
          <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm">
            {conflict}
          </p>
        )}
        {errors.form && (
          <p role="alert" className="text-sm text-red-800">
            {errors.form}
          </p>
        )}
        <label className="text-sm font-medium">
          Chair
          <input
            value={chair}
            onChange={(e) => setChair(e.target.value)}
            maxLength={12}
            aria-invalid={Boolean(errors.chair)}
            aria-describedby={errors.chair ? `${titleId}-chair` : undefined}
            className={INPUT}
          />
        </label>
        {errors.chair && (
          <p id={`${titleId}-chair`} className="-mt-2 text-sm text-red-800">
            {errors.chair}
          </p>
        )}
        <label className="text-sm font-medium">
          Appointment time
          <input
            ref={timeInput}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            aria-invalid={Boolean(errors.appointmentTime)}
            aria-describedby={errors.appointmentTime ? `${titleId}-time` : undefined}
            className={INPUT}
          />
        </label>
        {errors.appointmentTime && (
          <p id={`${titleId}-time`} className="-mt-2 text-sm text-red-800">
            {errors.appointmentTime}
          </p>
        )}
        <p className="text-xs text-slate-700">Leave a field empty to clear it.</p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" className="min-h-11" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button type="submit" className="min-h-11" busy={save.isPending}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        </div>
      </LiveForm>
    </dialog>
  );
}

function describe(s: Pick<Schedule, "chair" | "appointmentTime">): string {
  const time = s.appointmentTime ? `${s.appointmentTime}` : "no time";
  return s.chair ? `chair ${s.chair} at ${time}` : `no chair at ${time}`;
}
