import type { TooltipContentProps } from "recharts";

export interface TooltipLine {
  name: string;
  value: string;
}

/** A tooltip that reads as text: the point's label, then one "name: value" line per series. */
export function ChartTooltip<P>({
  active,
  payload,
  lines,
}: Pick<TooltipContentProps, "active" | "payload"> & {
  lines: (point: P) => { title: string; lines: TooltipLine[] };
}) {
  const point = payload?.[0]?.payload as P | undefined;
  if (!active || !point) return null;
  const shown = lines(point);
  return (
    <div className="rounded border border-slate-400 bg-white px-3 py-2 text-xs text-slate-900 shadow">
      <p className="font-semibold">{shown.title}</p>
      <dl>
        {shown.lines.map((l) => (
          <div key={l.name} className="flex gap-1">
            <dt>{l.name}:</dt>
            <dd className="font-medium">{l.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
