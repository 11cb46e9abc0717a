import type { Schedule } from "./schedule-editor";

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

/**
 * A row's chair and time as the button that opens the worklist's one schedule dialog
 * (ScheduleEditing) by a click that bubbles to it, with what the dialog needs in data attributes:
 * a day of hundreds of rows carries no handler, and no form, per row.
 */
export function ScheduleButton({ schedule, patientName }: { schedule: Schedule; patientName: string }) {
  return (
    <button
      type="button"
      data-schedule-cycle={schedule.cycleId}
      data-schedule-version={schedule.version}
      data-schedule-chair={schedule.chair ?? ""}
      data-schedule-time={schedule.appointmentTime ?? ""}
      data-schedule-patient={patientName}
      className="flex min-h-11 w-full min-w-16 flex-col items-start justify-center rounded-md px-1 text-left hover:bg-brand-50 focus-visible:bg-brand-50"
    >
      <ScheduleText schedule={schedule} />
      <span className="sr-only">{`: set chair and time for ${patientName}`}</span>
    </button>
  );
}
