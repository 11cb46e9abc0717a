// The flowsheet's rows: every cycle of every course in date order, one row per exam recorded in
// it (or one empty row), follow-up exams in their place, and the running cumulative dose per agent.
import type { PatientReview, ReviewAssessment, ReviewDose } from "@/db/reads/patient-summary";
import type { AgentCode } from "@/lib/domain/agents";
import type { CycleStatus } from "@/lib/domain/codes";
import { doseAmount } from "@/lib/domain/dose";

export interface FlowsheetCycle {
  id: string;
  number: number;
  date: string;
  status: CycleStatus;
  courseName: string;
}

export interface FlowsheetRow {
  key: string;
  /** Null for a follow-up exam outside any cycle. */
  cycle: FlowsheetCycle | null;
  /** The cycle's doses and totals show on its first row only. */
  firstOfCycle: boolean;
  exam: ReviewAssessment | null;
  doses: ReviewDose[];
  /** Cumulative dose per agent after this row, counting no dose marked entered-in-error. */
  cumulative: { agent: AgentCode; value: number }[];
}

type Entry =
  { date: string; cycle: FlowsheetCycle; exams: ReviewAssessment[] } | { date: string; followUp: ReviewAssessment };

export function flowsheetRows(
  review: Pick<PatientReview, "courses" | "assessments" | "doses" | "agents">,
): FlowsheetRow[] {
  const examsByCycle = new Map<string, ReviewAssessment[]>();
  for (const exam of review.assessments) {
    if (exam.cycleId !== null) examsByCycle.set(exam.cycleId, [...(examsByCycle.get(exam.cycleId) ?? []), exam]);
  }
  const entries: Entry[] = [
    ...review.courses.flatMap((course) =>
      course.cycles.map((c) => ({
        date: c.date,
        cycle: { id: c.id, number: c.number, date: c.date, status: c.status, courseName: course.name },
        exams: examsByCycle.get(c.id) ?? [],
      })),
    ),
    ...review.assessments.filter((a) => a.cycleId === null).map((a) => ({ date: a.assessedOn, followUp: a })),
  ];
  // Stable sort: courses come oldest first and cycles in number order; on one day a cycle goes before a follow-up.
  entries.sort((a, b) => a.date.localeCompare(b.date) || Number("followUp" in a) - Number("followUp" in b));

  const running = new Map<AgentCode, number>(review.agents.map((a) => [a.code, 0]));
  const totals = () => review.agents.map((a) => ({ agent: a.code, value: running.get(a.code) ?? 0 }));
  const rows: FlowsheetRow[] = [];
  for (const entry of entries) {
    if ("followUp" in entry) {
      rows.push({
        key: entry.followUp.id,
        cycle: null,
        firstOfCycle: true,
        exam: entry.followUp,
        doses: [],
        cumulative: totals(),
      });
      continue;
    }
    const doses = review.doses.filter((d) => d.cycleId === entry.cycle.id);
    for (const d of doses) {
      if (d.status === "entered-in-error") continue;
      const code = d.agent;
      running.set(code, (running.get(code) ?? 0) + doseAmount(d));
    }
    const cumulative = totals();
    const exams = entry.exams.length > 0 ? entry.exams : [null];
    exams.forEach((exam, i) =>
      rows.push({
        key: exam?.id ?? entry.cycle.id,
        cycle: entry.cycle,
        firstOfCycle: i === 0,
        exam,
        doses: i === 0 ? doses : [],
        cumulative,
      }),
    );
  }
  return rows;
}
