import type { PlanStatus } from "@/lib/domain/codes";

const STATUS: Record<PlanStatus, { icon: string; label: string; style: string }> = {
  "in-force": { icon: "✓", label: "In force", style: "border-green-800 bg-green-50 text-green-900" },
  draft: { icon: "✎", label: "Draft: awaiting signatures", style: "border-amber-700 bg-amber-50 text-amber-950" },
  superseded: { icon: "↺", label: "Superseded", style: "border-slate-500 bg-slate-100 text-slate-800" },
};

/** A version's status in words and a shape, never by colour alone. */
export function PlanStatusLabel({ status, inForceAt }: { status: PlanStatus; inForceAt: string | null }) {
  const { icon, label, style } = STATUS[status];
  // A draft replaced by a newer draft never came into force: say so, or history misleads.
  const text = status === "superseded" && inForceAt === null ? "Superseded before it came into force" : label;
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-medium ${style}`}>
      <span aria-hidden="true">{icon}</span>
      {text}
    </span>
  );
}
