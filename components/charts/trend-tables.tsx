import { bySide, formatDose, vibrationText } from "@/components/patient/format";
import type { AgentTrend } from "./trend-data";
import { formatDay } from "@/lib/dates";

const CELL = "px-2 py-1 text-left align-top";

/** The grade chart's figures: each exam against the cumulative dose given before it. */
export function ExamTrendTable({ trend }: { trend: AgentTrend }) {
  return (
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
            <td className={CELL}>{[e.numbness, e.tingling, e.pain].map((v) => (v === null ? "—" : v)).join(" · ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The charts' figures as tables, for screen readers and for anyone who prefers numbers. */
export function TrendTables({ trend }: { trend: AgentTrend }) {
  return (
    <details className="mt-3 rounded border border-slate-300 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">Show the charts&apos; data as tables</summary>
      <ExamTrendTable trend={trend} />
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
