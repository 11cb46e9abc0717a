"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatDose } from "@/components/patient/format";
import { formatDay } from "@/lib/dates";
import { AXIS_TICK, axisMax, COLOR, dayTicks, LABEL_TEXT, roundTicks } from "./chart-style";
import { ChartTooltip } from "./chart-tooltip";
import type { AgentTrend, DoseStep } from "./trend-data";

const dayOf = (t: number) => formatDay(new Date(t).toISOString());

/**
 * The cumulative dose over time as steps, each dose given a step up; the remaining planned
 * cycles drawn dashed from the last dose given, against the plan's warning level and limit.
 */
export function DoseOverTime({ trend, today }: { trend: AgentTrend; today: string }) {
  const values = trend.steps.map((s) => s.given ?? s.projected ?? 0);
  const yMax = axisMax(trend.limit, ...values);
  const first = trend.steps[0]?.t ?? Date.parse(`${today}T00:00:00Z`);
  const last = trend.steps.at(-1)?.t ?? first;
  const todayT = Date.parse(`${today}T00:00:00Z`);
  // A day either side, so one dose or one planned cycle still has an axis to stand on.
  const day = 86_400_000;
  const domain: [number, number] = [Math.min(first, todayT) - day, Math.max(last, todayT) + day];
  // The limit is named above its line and the warning level below its own, so close lines never
  // overlap (on a horizontal line, Recharts' "insideTop" sits below it and "insideBottom" above).
  const label = (value: string, position: "insideTopLeft" | "insideBottomLeft" = "insideTopLeft") => ({
    value,
    position,
    ...LABEL_TEXT,
  });
  return (
    <LineChart
      // Not a tab stop: the tables beside it (trend-tables.tsx) carry its figures, for keyboards and screen readers.
      accessibilityLayer={false}
      responsive
      style={{ width: "100%", height: 260 }}
      data={trend.steps}
      margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
      title={`Cumulative ${trend.name.toLowerCase()} over time`}
    >
      <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={domain}
        tick={AXIS_TICK}
        tickFormatter={dayOf}
        ticks={dayTicks(domain)}
      />
      <YAxis domain={[0, yMax]} ticks={roundTicks(yMax)} tick={AXIS_TICK} width={56} />
      {trend.warnAt !== null && (
        <ReferenceLine
          y={trend.warnAt}
          stroke={COLOR.warn}
          strokeDasharray="6 3"
          label={label(`Warn ${formatDose(trend.warnAt, trend.unit)}`)}
        />
      )}
      {trend.limit !== null && (
        <ReferenceLine
          y={trend.limit}
          stroke={COLOR.limit}
          strokeWidth={2}
          label={label(`Limit ${formatDose(trend.limit, trend.unit)}`, "insideBottomLeft")}
        />
      )}
      <ReferenceLine x={todayT} stroke="#475569" strokeDasharray="2 3" label={label("Today")} />
      <Tooltip
        content={(props) => (
          <ChartTooltip<DoseStep>
            active={props.active}
            payload={props.payload}
            lines={(s) => ({
              title: `${formatDay(s.date)}: ${s.label}`,
              lines: [
                ...(s.given === null ? [] : [{ name: "Cumulative given", value: formatDose(s.given, trend.unit) }]),
                ...(s.projected === null || s.given !== null
                  ? []
                  : [{ name: "Projected cumulative", value: formatDose(s.projected, trend.unit) }]),
              ],
            })}
          />
        )}
      />
      <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
      <Line
        dataKey="given"
        name="Given"
        type="stepAfter"
        stroke={COLOR.left}
        strokeWidth={2}
        dot={{ symbol: "circle", r: 3, fill: COLOR.left }}
        connectNulls={false}
        isAnimationActive={false}
      />
      <Line
        dataKey="projected"
        name="Projected (planned cycles)"
        type="stepAfter"
        stroke={COLOR.right}
        strokeWidth={2}
        strokeDasharray="6 3"
        dot={{ symbol: "triangle", r: 4, fill: "#fff" }}
        connectNulls={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
