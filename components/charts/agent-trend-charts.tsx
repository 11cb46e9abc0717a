"use client";
import { formatUnit, vibrationText } from "@/components/patient/format";
import { ANKLE_REFLEXES } from "@/lib/domain/codes";
import { axisMax, COLOR, DASH, REFLEX_LEVEL } from "./chart-style";
import { DoseOverTime } from "./dose-over-time";
import { ExposurePanel, type PanelSeries } from "./exposure-panel";
import type { AgentTrend, ExamPoint } from "./trend-data";

const REFLEX_BY_LEVEL = Object.fromEntries(ANKLE_REFLEXES.map((r) => [REFLEX_LEVEL[r], r]));
/**
 * A finding measured per side: left solid with filled circles, right dashed with larger open
 * squares, so where both sides are equal the square rings the circle and both stay visible.
 */
function bySides(
  left: PanelSeries["key"],
  right: PanelSeries["key"],
  text: (p: ExamPoint, side: "left" | "right") => string,
): PanelSeries[] {
  return [
    { key: left, name: "Left", color: COLOR.left, dash: DASH.solid, symbol: "circle", text: (p) => text(p, "left") },
    {
      key: right,
      name: "Right",
      color: COLOR.right,
      dash: DASH.dashed,
      symbol: "square",
      hollow: true,
      text: (p) => text(p, "right"),
    },
  ];
}

const GRADE: PanelSeries[] = [
  { key: "grade", name: "Neuropathy grade", color: COLOR.neuropathy, symbol: "circle", text: (p) => `${p.grade}` },
  {
    key: "sensory",
    name: "Sensory",
    color: COLOR.left,
    dash: DASH.dashed,
    symbol: "square",
    hollow: true,
    text: (p) => `${p.sensory}`,
  },
  {
    key: "motor",
    name: "Motor",
    color: COLOR.right,
    dash: DASH.dotted,
    symbol: "triangle",
    hollow: true,
    text: (p) => `${p.motor}`,
  },
];

const VIBRATION = bySides("vibrationLeft", "vibrationRight", (p, side) =>
  vibrationText((side === "left" ? p.vibrationLeft : p.vibrationRight) ?? 0),
);

const MONOFILAMENT = bySides("monofilamentLeft", "monofilamentRight", (p, side) => {
  const felt = side === "left" ? p.monofilamentLeft : p.monofilamentRight;
  return `${felt} of ${p.monofilamentTested[side]} sites`;
});

const REFLEX = bySides("reflexLeft", "reflexRight", (p, side) => {
  const level = side === "left" ? p.reflexLeft : p.reflexRight;
  return level === null ? "not done" : (REFLEX_BY_LEVEL[level] ?? "");
});

const REPORTED: PanelSeries[] = [
  { key: "numbness", name: "Numbness (0-4)", color: COLOR.left, symbol: "circle", text: (p) => `${p.numbness} of 4` },
  {
    key: "tingling",
    name: "Tingling (0-4)",
    color: COLOR.right,
    dash: DASH.dashed,
    symbol: "square",
    hollow: true,
    text: (p) => `${p.tingling} of 4`,
  },
  {
    key: "pain",
    name: "Pain (0-10)",
    color: COLOR.third,
    dash: DASH.dotted,
    symbol: "triangle",
    hollow: true,
    text: (p) => `${p.pain} of 10`,
  },
];

/** Both trend figures of one agent. Loaded only on the patient page, after the page itself. */
export default function AgentTrendCharts({ trend, today }: { trend: AgentTrend; today: string }) {
  const name = trend.name.toLowerCase();
  const vibrationTop = axisMax(15, ...trend.exams.flatMap((e) => [e.vibrationLeft, e.vibrationRight]));
  const sitesTop = Math.max(
    1,
    ...trend.exams.flatMap((e) => [e.monofilamentTested.left ?? 0, e.monofilamentTested.right ?? 0]),
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <figure aria-labelledby={`exposure-${trend.code}`} className="flex flex-col gap-2">
        <figcaption id={`exposure-${trend.code}`} className="font-medium">
          {trend.name}: neuropathy against cumulative dose
        </figcaption>
        <ExposurePanel
          title="Neuropathy grade (CTCAE)"
          trend={trend}
          series={GRADE}
          yDomain={[0, 4]}
          yTicks={[0, 1, 2, 3, 4]}
        />
        <ExposurePanel
          title="Vibration at the great toe (seconds)"
          trend={trend}
          series={VIBRATION}
          yDomain={[0, vibrationTop]}
        />
        <ExposurePanel
          title="Monofilament: sites felt"
          trend={trend}
          series={MONOFILAMENT}
          yDomain={[0, sitesTop]}
          labelReductions
        />
        <ExposurePanel
          title="Ankle reflex"
          trend={trend}
          series={REFLEX}
          yDomain={[0, 3]}
          yTicks={[0, 1, 2, 3]}
          yTickFormatter={(v) => REFLEX_BY_LEVEL[v] ?? ""}
        />
        <ExposurePanel title="Reported by the patient" trend={trend} series={REPORTED} yDomain={[0, 10]} />
        <p className="text-xs text-slate-700">
          Across: cumulative {name} given before each exam ({formatUnit(trend.unit)}). Each point is named by its cycle
          (C3: cycle 3; FU: a follow-up exam).
        </p>
      </figure>
      <figure aria-labelledby={`over-time-${trend.code}`} className="flex flex-col gap-2">
        <figcaption id={`over-time-${trend.code}`} className="font-medium">
          {trend.name}: cumulative dose over time, with the planned cycles projected
        </figcaption>
        <DoseOverTime trend={trend} today={today} />
        <p className="text-xs text-slate-700">
          Up: cumulative {name} ({formatUnit(trend.unit)}). Across: date.
        </p>
      </figure>
    </div>
  );
}

/**
 * The grade against the cumulative dose, alone: the trend at the top of the patient page, beside
 * the latest exam and the open alerts.
 */
export function GradeTrendChart({ trend, height = 230 }: { trend: AgentTrend; height?: number }) {
  return (
    <ExposurePanel
      title={`${trend.name}: neuropathy grade (CTCAE) against cumulative dose`}
      trend={trend}
      series={GRADE}
      yDomain={[0, 4]}
      yTicks={[0, 1, 2, 3, 4]}
      labelReductions
      xAxisLabel={`Cumulative ${trend.name.toLowerCase()} before the exam (${formatUnit(trend.unit)})`}
      height={height}
    />
  );
}
