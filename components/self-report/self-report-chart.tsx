"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_TICK, COLOR, DASH } from "@/components/charts/chart-style";
import type { SelfReportComparison } from "@/db/reads/self-reports";
import { formatDay } from "@/lib/dates";

/**
 * The patient's worst 0-4 score (a dashed line, square markers) beside the nurse's sensory grade
 * (a solid line, round markers) at each report: the two lines part where they disagree.
 */
export default function SelfReportChart({ rows }: { rows: SelfReportComparison }) {
  const data = rows.map((r) => ({ day: formatDay(r.reportedOn), patient: r.patientWorst, nurse: r.nurseGrade }));
  return (
    <figure aria-label="The patient's worst score and the nurse's sensory grade at each self-report" className="h-56">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          // Not a tab stop: the table below it (self-report-section.tsx) carries its figures.
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={AXIS_TICK} />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={AXIS_TICK} width={32} />
          <Tooltip />
          <Legend />
          <Line
            name="Patient: worst numbness or tingling (0-4)"
            dataKey="patient"
            stroke={COLOR.right}
            strokeDasharray={DASH.dashed}
            dot={{ r: 4, strokeWidth: 2 }}
            activeDot={{ r: 6 }}
            legendType="square"
            isAnimationActive={false}
          />
          <Line
            name="Nurse: sensory grade (CTCAE)"
            dataKey="nurse"
            stroke={COLOR.neuropathy}
            dot={{ r: 4 }}
            legendType="circle"
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
