import { bySide, formatDose, formatUnit, vibrationText } from "@/components/patient/format";
import { roundDose } from "@/lib/domain/plans";
import type { AgentTrend } from "./trend-data";
import { formatDay } from "@/lib/dates";

const CELL = "px-2 py-1 text-left align-top";

/** The charts' figures as tables, for screen readers and for anyone who prefers numbers. */
export function TrendTables({ trend }: { trend: AgentTrend }) {
  return (
    <details className="mt-3 rounded border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">Show the charts&apos; data as tables</summary>
      <table className="mt-2 w-full text-xs">
        <caption className="text-left font-medium">
          {trend.name}: each exam against the cumulative dose given before it
        </caption>
        <thead>
          <tr className="bg-slate-100">
            {["Exam", "Cumulative before", "Grade", "Vibration", "Monofilament", "Numbness · tingling · pain"].map(
              (c) => (
                <th key={c} scope="col" className={CELL}>
                  {c}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {trend.exams.map((e) => (
            <tr key={e.id} className="border-t border-slate-200">
              <th scope="row" className={`${CELL} font-normal`}>
                {e.label}
                {e.amended ? " (amended)" : ""}
              </th>
              <td className={CELL}>{formatDose(e.exposure, trend.unit)}</td>
              <td className={CELL}>
                {e.grade} (sensory {e.sensory}, motor {e.motor})
              </td>
              <td className={CELL}>{bySide({ left: e.vibrationLeft, right: e.vibrationRight }, vibrationText)}</td>
              <td className={CELL}>
                {bySide({ left: e.monofilamentLeft, right: e.monofilamentRight }, (felt) => `${felt}`)}
              </td>
              <td className={CELL}>
                {[e.numbness, e.tingling, e.pain].map((v) => (v === null ? "—" : v)).join(" · ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="mt-4 w-full text-xs">
        <caption className="text-left font-medium">{trend.name}: cumulative dose, given and planned</caption>
        <thead>
          <tr className="bg-slate-100">
            {["Date", "Event", "Cumulative"].map((c) => (
              <th key={c} scope="col" className={CELL}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.steps.map((s, i) => (
            <tr key={`${s.t}-${i}`} className="border-t border-slate-200">
              <td className={CELL}>{formatDay(s.date)}</td>
              <th scope="row" className={`${CELL} font-normal`}>
                {s.label}
              </th>
              <td className={CELL}>
                {formatDose(s.given ?? s.projected ?? 0, trend.unit)}
                {s.given === null ? " (projected)" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs">
        Warning level: {trend.warnAt === null ? "none" : formatDose(trend.warnAt, trend.unit)}. Limit:{" "}
        {trend.limit === null ? "none" : formatDose(trend.limit, trend.unit)}.
        {trend.reductions.map(
          (r) => ` Reduced from ${r.from} to ${formatDose(r.to, trend.unit)} on ${formatDay(r.date)}.`,
        )}
      </p>
    </details>
  );
}

/** Exams the printed figures have columns for; the patient page's tables list every one. */
const PRINTED_EXAMS = 12;

/**
 * The grade chart's figures on paper, one column per exam as the chart names its points ("C3"):
 * the cumulative dose before it and the grade. Three rows, so a long course still fits the page.
 */
export function GradeTrendTable({ trend }: { trend: AgentTrend }) {
  const shown = trend.exams.slice(-PRINTED_EXAMS);
  const cell = "px-1 text-left font-normal";
  return (
    <table className="mt-1 w-full text-xs">
      <caption className="text-left font-medium">
        {trend.name}: the chart&apos;s figures
        {shown.length < trend.exams.length ? `, the latest ${shown.length} of ${trend.exams.length} exams` : ""}
      </caption>
      <thead>
        <tr className="bg-slate-100">
          <th scope="col" className={cell}>
            Exam
          </th>
          {shown.map((e) => (
            <th key={e.id} scope="col" className="px-0.5 text-left">
              <span aria-hidden="true">{e.cycleLabel}</span>
              <span className="sr-only">{e.label}</span>
              {e.amended ? " (amended)" : ""}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="border-t border-slate-200">
          <th scope="row" className={cell}>
            Cumulative before ({formatUnit(trend.unit)})
          </th>
          {shown.map((e) => (
            <td key={e.id} className="px-0.5">
              {roundDose(e.exposure)}
            </td>
          ))}
        </tr>
        <tr className="border-t border-slate-200">
          <th scope="row" className={cell}>
            Grade (sensory, motor)
          </th>
          {shown.map((e) => (
            <td key={e.id} className="px-0.5 whitespace-nowrap">
              {e.grade} ({e.sensory}, {e.motor})
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
