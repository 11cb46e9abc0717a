"use client";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type SymbolType,
} from "recharts";
import { formatDose } from "@/components/patient/format";
import { AXIS_TICK, axisMax, COLOR, roundTicks } from "./chart-style";
import { ChartTooltip } from "./chart-tooltip";
import type { AgentTrend, ExamPoint } from "./trend-data";

type NumericKey = {
  [K in keyof ExamPoint]: ExamPoint[K] extends number | null ? K : never;
}[keyof ExamPoint];

export interface PanelSeries {
  key: NumericKey;
  name: string;
  color: string;
  dash?: string;
  symbol: SymbolType;
  /** The value as words in the tooltip ("12 s", "3 of 4 sites"). */
  text: (point: ExamPoint) => string;
}

export interface PanelProps {
  title: string;
  trend: AgentTrend;
  series: PanelSeries[];
  yDomain: [number, number];
  yTicks?: number[];
  yTickFormatter?: (value: number) => string;
  /** Which reference lines this panel names: each is named in one panel, so labels never overlap. */
  labels?: { limit?: boolean; warn?: boolean; reductions?: boolean };
  height?: number;
}

/**
 * One finding (or the grade) at each exam against the cumulative dose given before it, with
 * the plan's warning level and limit as vertical lines and each dose reduction marked.
 */
export function ExposurePanel({
  title,
  trend,
  series,
  yDomain,
  yTicks,
  yTickFormatter,
  labels = {},
  height = 170,
}: PanelProps) {
  const xMax = axisMax(trend.limit, ...trend.exams.map((e) => e.exposure), ...trend.reductions.map((r) => r.exposure));
  const label = (shown: boolean | undefined, value: string, position: "insideTopRight" | "insideBottomLeft") =>
    shown ? { value, position, fontSize: 11, fill: "#0f172a" } : undefined;
  if (trend.exams.every((e) => series.every((s) => e[s.key] === null))) {
    return (
      <p className="text-sm text-slate-800">
        <span className="font-medium">{title}:</span> not measured at any exam.
      </p>
    );
  }
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">{title}</p>
      <LineChart
        responsive
        style={{ width: "100%", height }}
        data={trend.exams}
        syncId={`exposure-${trend.code}`}
        margin={{ top: 16, right: 16, bottom: 4, left: 0 }}
        title={`${title} against cumulative ${trend.name.toLowerCase()}`}
      >
        <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="exposure"
          type="number"
          domain={[0, xMax]}
          ticks={roundTicks(xMax)}
          interval={0}
          tick={AXIS_TICK}
        />
        <YAxis
          domain={yDomain}
          ticks={yTicks ?? roundTicks(yDomain[1])}
          interval={0}
          tick={AXIS_TICK}
          tickFormatter={yTickFormatter}
          allowDecimals={false}
          width={yTickFormatter ? 96 : 40}
        />
        {trend.warnAt !== null && (
          <ReferenceLine
            x={trend.warnAt}
            stroke={COLOR.warn}
            strokeDasharray="6 3"
            label={label(labels.warn, `Warn ${formatDose(trend.warnAt, trend.unit)}`, "insideTopRight")}
          />
        )}
        {trend.limit !== null && (
          <ReferenceLine
            x={trend.limit}
            stroke={COLOR.limit}
            strokeWidth={2}
            label={label(labels.limit, `Limit ${formatDose(trend.limit, trend.unit)}`, "insideTopRight")}
          />
        )}
        {trend.reductions.map((r) => (
          <ReferenceLine
            key={`${r.date}-${r.exposure}`}
            x={r.exposure}
            stroke={COLOR.reduction}
            strokeDasharray="2 3"
            label={label(labels.reductions, `Reduced to ${r.to}`, "insideBottomLeft")}
          />
        ))}
        <Tooltip
          content={(props) => (
            <ChartTooltip<ExamPoint>
              active={props.active}
              payload={props.payload}
              lines={(p) => ({
                title: `${p.label}${p.amended ? " (amended)" : ""}`,
                lines: [
                  { name: "Cumulative before the exam", value: formatDose(p.exposure, trend.unit) },
                  ...series.map((s) => ({ name: s.name, value: p[s.key] === null ? "not done" : s.text(p) })),
                ],
              })}
            />
          )}
        />
        <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeDasharray={s.dash}
            strokeWidth={2}
            dot={{ symbol: s.symbol, r: 4, fill: s.color }}
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
      </LineChart>
    </div>
  );
}
