import { roundDose } from "@/lib/domain/round-dose";
import { doseStanding, type DoseStanding } from "@/lib/domain/tolerance";

const COLOR: Record<DoseStanding, string> = {
  "over the limit": "bg-red-700",
  "at the limit": "bg-red-700",
  "near the limit": "bg-amber-600",
  below: "bg-brand-600",
};

/**
 * Cumulative dose against the limit, with the figures in words beside the bar; `compact` puts
 * words and bar on one line, for a worklist row.
 */
export function DoseBar({
  label,
  cumulative,
  limit,
  warnAt,
  unit,
  compact = false,
}: {
  label: string;
  cumulative: number;
  limit: number | null;
  warnAt: number | null;
  unit: string;
  compact?: boolean;
}) {
  const shown = roundDose(cumulative);
  if (limit === null) {
    return (
      <div className={compact ? "whitespace-nowrap text-xs" : "text-xs"}>
        <span className="font-medium">{label}</span>
        {`: ${shown} ${unit} (no limit set)`}
      </div>
    );
  }
  const fraction = Math.min(cumulative / limit, 1);
  const state = doseStanding(cumulative, limit, warnAt);
  const color = COLOR[state];
  return (
    <div className={compact ? "grid grid-cols-[auto_1fr] items-center gap-x-1 whitespace-nowrap text-xs" : "text-xs"}>
      <div className={compact ? "col-span-2" : undefined}>
        <span className="font-medium">{label}</span>
        {`: ${shown} / ${limit} ${unit}`}
        {!compact && state !== "below" && <strong className="ml-1">({state})</strong>}
      </div>
      <div
        role="meter"
        aria-label={`${label} cumulative dose`}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={shown}
        aria-valuetext={`${shown} of ${limit} ${unit}`}
        className={compact ? "h-2 w-16 rounded bg-slate-200" : "mt-1 h-2 w-full rounded bg-slate-200"}
      >
        <div className={`h-2 rounded ${color}`} style={{ width: `${fraction * 100}%` }} />
      </div>
      {compact && state !== "below" && <strong>{state}</strong>}
    </div>
  );
}
