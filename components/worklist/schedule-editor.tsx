"use client";
import { useState } from "react";
import { clientOnly } from "@/lib/client/client-only";

export interface Schedule {
  cycleId: string;
  version: number;
  chair: string | null;
  appointmentTime: string | null;
}

/** The row whose chair and time the dialog is setting. */
export interface ScheduleTarget extends Schedule {
  patientName: string;
}

/** What a ScheduleButton (components/worklist/schedule-text.tsx) carries in its data attributes. */
function targetOf(button: HTMLElement): ScheduleTarget {
  const d = button.dataset;
  return {
    cycleId: d.scheduleCycle!,
    version: Number(d.scheduleVersion),
    chair: d.scheduleChair || null,
    appointmentTime: d.scheduleTime || null,
    patientName: d.schedulePatient!,
  };
}

// The dialog's code (its form, the save and the API client's mutation), loaded when a row's chair and
// time are first opened rather than with the worklist (docs/benchmarks.md, "Route budgets").
const ScheduleDialog = clientOnly(
  () => import("./schedule-dialog").then((m) => m.ScheduleDialog),
  () => null,
);

/**
 * The worklist's way to set a cycle's chair and appointment time: one dialog for the whole list
 * (schedule-dialog.tsx), opened by any ScheduleButton inside `children`. A day of hundreds of rows
 * thus renders one form, not one per row, and none until a row's is opened.
 */
export function ScheduleEditing({ children }: { children: React.ReactNode }) {
  // Each opening mounts the dialog afresh (its key), with the row's values as they are on the page.
  const [opened, setOpened] = useState<{ target: ScheduleTarget; count: number } | null>(null);

  function open(e: React.MouseEvent) {
    const button = (e.target as Element).closest<HTMLElement>("button[data-schedule-cycle]");
    if (!button) return;
    setOpened((last) => ({ target: targetOf(button), count: (last?.count ?? 0) + 1 }));
  }

  return (
    // The rows' buttons are in `children`: their clicks (and Enter or Space on them) bubble here.
    <div onClick={open}>
      {children}
      {opened && <ScheduleDialog key={opened.count} target={opened.target} />}
    </div>
  );
}
