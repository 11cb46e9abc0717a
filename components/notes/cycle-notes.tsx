import type { ApiNote } from "@/db/reads/notes";
import { NoteFormWhenShown } from "./note-form-loader";
import { NoteList } from "./note-list";

/** The notes on one cycle, and a way to add one: the pharmacist's check of the dose, say. */
export function CycleNotes({ patientId, cycleId, notes }: { patientId: string; cycleId: string; notes: ApiNote[] }) {
  const shown = notes.filter((n) => n.cycleId === cycleId);
  return (
    <section aria-labelledby="cycle-notes" className="mt-6 rounded-lg border border-slate-300 bg-white p-4">
      <h2 id="cycle-notes" className="text-xl font-semibold">
        Notes on this cycle ({shown.length})
      </h2>
      <NoteList notes={shown} />
      <NoteFormWhenShown patientId={patientId} target={{ cycleId }} label="Add a note on this cycle" />
    </section>
  );
}
