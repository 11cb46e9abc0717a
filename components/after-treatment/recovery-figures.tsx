"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";
import { AXIS_TICK, axisMax, COLOR, DASH, roundTicks } from "@/components/charts/chart-style";

/** Both charts run along the months since the last dose. */
function monthsAxis(from: number, to: number) {
  return (
    <XAxis
      dataKey="months"
      type="number"
      domain={[from, to]}
      ticks={roundTicks(to)}
      interval={0}
      tick={AXIS_TICK}
      label={{ value: "Months since the last dose", position: "insideBottom", offset: -8, fontSize: 12 }}
    />
  );
}

export interface GradePoint {
  months: number;
  grade: number;
}

export interface Marker {
  months: number;
  label: string;
}

/** One agent's grade over the months since its last dose, with supportive care marked where it started. */
export function GradeSinceLastDose({
  title,
  points,
  markers,
}: {
  title: string;
  points: GradePoint[];
  markers: Marker[];
}) {
  const xMax = axisMax(12, ...points.map((p) => p.months), ...markers.map((m) => m.months));
  return (
    <LineChart
      // Not a tab stop: the table beside it (after-treatment-section.tsx) carries its figures.
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: 200 }}
      data={points}
      margin={{ top: 16, right: 16, bottom: 16, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
      {monthsAxis(Math.min(0, ...points.map((p) => p.months)), xMax)}
      <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} interval={0} tick={AXIS_TICK} width={40} />
      {markers.map((m, i) => (
        <ReferenceLine
          key={`${m.label}-${m.months}`}
          x={m.months}
          stroke={COLOR.reduction}
          strokeDasharray={DASH.dotted}
          // Care started weeks apart sits close on a year's axis: each label a line lower than the last.
          label={{ value: m.label, position: "insideTopLeft", fontSize: 11, fill: "#0f172a", dy: (i % 3) * 13 }}
        />
      ))}
      <Line
        dataKey="grade"
        name="Neuropathy grade"
        stroke={COLOR.neuropathy}
        dot={{ r: 4 }}
        isAnimationActive={false}
      />
    </LineChart>
  );
}

export interface SurvivalPoint {
  months: number;
  /** Percent still above grade 1. */
  percent: number;
}

/** The Kaplan-Meier curve: percent still above grade 1 over the months since the last dose, as steps. */
export function StillAboveGradeOne({ title, points }: { title: string; points: SurvivalPoint[] }) {
  const xMax = axisMax(6, ...points.map((p) => p.months));
  return (
    <LineChart
      // Not a tab stop: the table beside it (after-treatment-section.tsx) carries its figures.
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: 220 }}
      data={points}
      margin={{ top: 16, right: 16, bottom: 16, left: 0 }}
      title={title}
    >
      <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
      {monthsAxis(0, xMax)}
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} tick={AXIS_TICK} width={48} unit="%" />
      <ReferenceLine y={50} stroke={COLOR.warn} strokeDasharray={DASH.dashed} />
      <Line
        dataKey="percent"
        type="stepAfter"
        name="Still above grade 1"
        stroke={COLOR.left}
        strokeWidth={2}
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
