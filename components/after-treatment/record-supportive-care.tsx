"use client";
import { clientOnly } from "@/lib/client/client-only";
import { useOpenedOnce } from "@/components/ui/use-opened-once";

// The form loads when the section is first opened, not with the page: it is folded away until
// then, and shown only once its code is there, so it is live when seen (docs/benchmarks.md, "Route budgets").
const InterventionForm = clientOnly(
  () => import("./intervention-form").then((m) => m.InterventionForm),
  () => <p className="text-sm text-slate-700">Loading the form…</p>,
);

/** "Record supportive care", folded; once opened the form stays mounted, so closing keeps what was typed. */
export function RecordSupportiveCare({ patientId, today }: { patientId: string; today: string }) {
  const { opened, details } = useOpenedOnce();
  return (
    <details {...details} className="mt-4 rounded-md border border-slate-300 p-3">
      <summary className="cursor-pointer font-medium">Record supportive care</summary>
      <div className="mt-3">{opened && <InterventionForm patientId={patientId} today={today} />}</div>
    </details>
  );
}
