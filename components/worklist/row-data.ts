import type { worklist } from "@/db/reads/worklist";
import { alertKindLabel, byUrgency } from "@/components/alerts/alert-words";
import { agentStateWords } from "@/components/dose/agent-state";
import type { AgentStateWords } from "@/components/dose/agent-state-view";
import { alertBadgeText } from "@/components/exam/raised-alerts";
import { agentNames, cycleStatusWords } from "@/components/patient/format";
import { cycleProgress } from "@/lib/domain/cycle-progress";
import { decidesTheDose, type Severity } from "@/lib/domain/codes";

const NAMES = agentNames();

type Row = Awaited<ReturnType<typeof worklist>>["patients"][number];

/**
 * One worklist row as the browser's rows (worklist-rows.tsx) render it: the words already
 * written on the server (alert labels, decisions, each agent's state with its time in the clinic's
 * zone), so the page sends one compact array rather than a rendered tree per row, and the rows'
 * code needs no agent library, alert vocabulary or date formatting (docs/benchmarks.md).
 */
export interface WorklistRowData {
  cycleId: string;
  patientId: string;
  name: string;
  version: number;
  chair: string | null;
  appointmentTime: string | null;
  /** "MRN … · C4": the patient's MRN and the cycle's number. */
  mrnAndCycle: string;
  /** The cycle's state when it is not the usual "planned" (held, given…), shown in bold. */
  status: string | null;
  /** The site's code, under "all sites" of a network (docs/sites.md). */
  site: string | null;
  course: string;
  doses: {
    name: string;
    cumulative: number;
    limit: number | null;
    warnAt: number | null;
    unit: string;
    /** Shown when the agent is held, stopped or reduced, or still to give in a cycle given in part. */
    state: AgentStateWords | null;
  }[];
  /** The latest grade and how it moved since the exam before; null before the first exam. */
  trend: { grade: number; arrow: string; words: string; worse: boolean } | null;
  /** The open alerts, most urgent first. */
  alerts: { severity: Severity; text: string }[];
  /** "Decided: reduce (grade meets a reduce rule, Oxaliplatin) by Dr X", one per decision on the cycle. */
  decisions: string[];
  assessed: boolean;
}

export function worklistRowData(row: Row, siteCodes?: Readonly<Record<string, string>>): WorklistRowData {
  const progress = progressOf(row);
  // Once one agent is given, each one still to give says so beside the others' states.
  const partly = row.cycleStatus === "given" && progress.given.length > 0 && progress.toGive.length > 0;
  return {
    cycleId: row.cycleId,
    patientId: row.patientId,
    name: row.name,
    version: row.cycleVersion,
    chair: row.chair,
    appointmentTime: row.appointmentTime,
    mrnAndCycle: `MRN ${row.mrn} · C${row.cycleNumber}`,
    // Short: the cell is one truncated line; the agents' states name the agent still to give.
    status:
      row.cycleStatus === "planned" ? null : partly ? "given in part" : cycleStatusWords(row.cycleStatus, progress),
    site: siteCodes ? (siteCodes[row.siteId] ?? null) : null,
    course: row.course,
    doses: row.agents.map((a) => ({
      name: a.name,
      cumulative: a.cumulative,
      limit: a.limit,
      warnAt: a.warnAt,
      unit: a.unit,
      state: withToGive(
        a.status !== "active" || a.change?.decision === "reduce" ? agentStateWords(a.status, a.change, a.unit) : null,
        partly && progress.toGive.includes(a.agent),
      ),
    })),
    trend: trendOf(row.latestGrade, row.previousGrade),
    // An open alert that sets the next dose says the chair waits for it.
    alerts: [...row.openAlerts].sort(byUrgency).map((a) => ({
      severity: a.severity,
      text: alertBadgeText(a, NAMES) + (decidesTheDose(a.kind) ? " · awaiting decision" : ""),
    })),
    decisions: row.decisions.map(
      (d) =>
        `Decided: ${d.decision} (${alertKindLabel(d.kind).toLowerCase()}, ${NAMES[d.agent] ?? d.agent}) by ${d.decidedBy}`,
    ),
    assessed: row.assessed,
  };
}

/** An agent's state, and that it is still to give in a cycle already given in part. */
function withToGive(state: AgentStateWords | null, toGive: boolean): AgentStateWords | null {
  if (!toGive) return state;
  const still = "still to give this cycle";
  return state ? { ...state, text: `${state.text} · ${still}` } : { icon: "○", text: still, tone: "plain" };
}

/** The row's agents as given or still to give, from the doses the worklist read for the cycle. */
function progressOf(row: Row) {
  return cycleProgress(
    row.agents,
    row.agents.filter((a) => a.givenInCycle).map((a) => ({ agent: a.agent, enteredInError: false })),
  );
}

/** "Grade 2", with an arrow and words for its move since the exam before ("up from 1"), or "first exam". */
function trendOf(latest: number | null, previous: number | null): WorklistRowData["trend"] {
  if (latest === null) return null;
  const [arrow, words] =
    previous === null
      ? ["", "first exam"]
      : latest > previous
        ? ["↑", `up from ${previous}`]
        : latest < previous
          ? ["↓", `down from ${previous}`]
          : ["→", "steady"];
  return { grade: latest, arrow, words, worse: previous !== null && latest > previous };
}
