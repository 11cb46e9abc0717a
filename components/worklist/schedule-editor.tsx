"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { apiFetch, ApiRequestError } from "@/lib/client/api";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { CyclePatch } from "@/lib/schemas/course";

export interface Schedule {
  cycleId: string;
  version: number;
  chair: string | null;
  appointmentTime: string | null;
}

const INPUT = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 px-3 text-base";

/**
 * A cycle's chair and appointment time, and the way to set them from the worklist row: the
 * cell is a button that opens a small dialog (native, so focus stays in it and Escape closes it).
 * A stale version answers 409: the dialog then says what the other person set, and saving again
 * replaces it knowingly.
 */
export function ScheduleEditor({ schedule, patientName }: { schedule: Schedule; patientName: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [version, setVersion] = useState(schedule.version);
  const [chair, setChair] = useState(schedule.chair ?? "");
  const [time, setTime] = useState(schedule.appointmentTime ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: CyclePatch) =>
      apiFetch<{ cycle: Schedule }>(`/api/cycles/${schedule.cycleId}`, { method: "PATCH", body }),
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

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setConflict(null);
    const parsed = CyclePatch.safeParse({ version, chair: chair.trim() || null, appointmentTime: time || null });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    save.mutate(parsed.data);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="flex min-h-11 w-full min-w-16 flex-col items-start justify-center rounded-md px-1 text-left hover:bg-brand-50 focus-visible:bg-brand-50"
      >
        <ScheduleText schedule={schedule} />
        <span className="sr-only">: set chair and time for {patientName}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-80 max-w-full rounded-lg border border-slate-400 p-5 backdrop:bg-slate-900/50"
      >
        <form onSubmit={submit} noValidate className="flex flex-col gap-3">
          <h2 id={titleId} className="text-lg font-semibold">
            Chair and time for {patientName}
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
            <Button type="submit" className="min-h-11" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save"}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}

function describe(s: Pick<Schedule, "chair" | "appointmentTime">): string {
  const time = s.appointmentTime ? `${s.appointmentTime}` : "no time";
  return s.chair ? `chair ${s.chair} at ${time}` : `no chair at ${time}`;
}

/** "08:30" over "Chair 3", or words where either is not set. */
export function ScheduleText({ schedule }: { schedule: Pick<Schedule, "chair" | "appointmentTime"> }) {
  return (
    <>
      {schedule.appointmentTime ? (
        <time dateTime={schedule.appointmentTime} className="font-semibold tabular-nums">
          {schedule.appointmentTime}
        </time>
      ) : (
        <span className="text-slate-700">
          <span aria-hidden="true">–</span>
          <span className="sr-only">No time</span>
        </span>
      )}
      <span className="text-xs text-slate-700">{schedule.chair ? `Chair ${schedule.chair}` : "no chair"}</span>
    </>
  );
}
