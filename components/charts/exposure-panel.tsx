"use client";
import {
  CartesianGrid,
  LabelList,
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
import { AXIS_TICK, axisMax, COLOR, LABEL_TEXT, roundTicks } from "./chart-style";
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
  /** An outlined, larger marker: drawn over a filled one at the same value, both stay visible. */
  hollow?: boolean;
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
  /** Whether this panel names the dose reductions (the limit and the warning level are named on every panel). */
  labelReductions?: boolean;
  /** Said under the x axis where the panel stands alone (the stacked panels share one line of words). */
  xAxisLabel?: string;
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
  labelReductions = false,
  xAxisLabel,
  height = 170,
}: PanelProps) {
  const xMax = axisMax(trend.limit, ...trend.exams.map((e) => e.exposure), ...trend.reductions.map((r) => r.exposure));
  // The limit is named at the top and the warning level at the bottom, both to the left of their
  // line, so two close lines never overlap their names.
  const label = (value: string, position: "insideTopRight" | "insideBottomRight" | "insideBottomLeft") => ({
    value,
    position,
    ...LABEL_TEXT,
  });
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
        // Not a tab stop: the tables beside it (trend-tables.tsx) carry its figures, for keyboards and screen readers.
        accessibilityLayer={false}
        responsive
        style={{ width: "100%", height }}
        data={trend.exams}
        syncId={`exposure-${trend.code}`}
        margin={{ top: 24, right: 16, bottom: 4, left: 0 }}
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
          height={xAxisLabel ? 40 : 30}
          label={xAxisLabel ? { value: xAxisLabel, position: "insideBottom", ...LABEL_TEXT } : undefined}
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
            label={label(`Warn ${formatDose(trend.warnAt, trend.unit)}`, "insideBottomRight")}
          />
        )}
        {trend.limit !== null && (
          <ReferenceLine
            x={trend.limit}
            stroke={COLOR.limit}
            strokeWidth={2}
            label={label(`Limit ${formatDose(trend.limit, trend.unit)}`, "insideTopRight")}
          />
        )}
        {trend.reductions.map((r) => (
          <ReferenceLine
            key={`${r.date}-${r.exposure}`}
            x={r.exposure}
            stroke={COLOR.reduction}
            strokeDasharray="2 3"
            label={labelReductions ? label(`Reduced to ${r.to}`, "insideBottomLeft") : undefined}
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
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeDasharray={s.dash}
            strokeWidth={2}
            dot={
              s.hollow
                ? { symbol: s.symbol, r: 6, fill: "none", stroke: s.color, strokeWidth: 2, strokeDasharray: "" }
                : { symbol: s.symbol, r: 4, fill: s.color }
            }
            activeDot={{ r: 6 }}
            connectNulls={false}
            isAnimationActive={false}
            type="linear"
          >
            {/* The cycle of each exam, once per panel: which point is which cycle, without a tooltip. */}
            {i === 0 && <LabelList dataKey="cycleLabel" position="top" offset={8} {...LABEL_TEXT} />}
          </Line>
        ))}
      </LineChart>
    </div>
  );
}
