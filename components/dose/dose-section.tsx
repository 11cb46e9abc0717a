"use client";
import { useState } from "react";
import type { AgentNames } from "@/components/exam/raised-alerts";
import type { Dose as ApiDose } from "@/db/schema";
import type { StoredAlert } from "@/lib/domain/reconcile";
import type { PatientRecord } from "@/lib/domain/records";
import { splitOff } from "@/lib/client/split-off";
import type { DoseCheck } from "./dose-check";
import { DoseEntry, type DoseOutcome } from "./dose-entry";
import type { CourseAgentRow, DoseSuggestion } from "./dose-plan";

// A dose given comes in its own chunk: at the chair the cycle is opened before its doses (lib/client/split-off.tsx).
const GivenDose = splitOff(
  () => import("./given-dose").then((m) => m.GivenDose),
  () => <li className="text-sm">Loading the dose recorded…</li>,
);

/**
 * The doses of one cycle: one entry per agent of the course, and what was given, correctable. The
 * doses are the server page's, read again (router.refresh) after each save rather than kept in a
 * client query (docs/benchmarks.md, "Route budgets").
 */
export function DoseSection(props: {
  cycle: { id: string; date: string };
  agents: CourseAgentRow[];
  /** Each agent's dose to prefill and why, worked out by the page (dose-plan.ts, suggestDose). */
  suggestions: Record<string, DoseSuggestion>;
  /** The agents' names by code, from the library on the server. */
  agentNames: AgentNames;
  record: PatientRecord;
  storedAlerts: StoredAlert[];
  /** The clinic's today: a dose with no exam that day asks first. */
  today: string;
  doses: ApiDose[];
  people: Record<string, string>;
  canRecord: boolean;
  /** Each agent's entry as it opens, checked by the page (dose-check.ts, openingChecks). */
  opening: Record<string, DoseCheck>;
  /**
   * Rendered by the page, so that their code is not in the page's JavaScript (docs/benchmarks.md,
   * "Route budgets"): each agent's state (agent-state.tsx) and its entry's preview as it opens
   * (dose-preview.tsx: the cumulative bar and the alerts saving it would raise; a changed entry's
   * comes with its check).
   */
  agentStates: Record<string, React.ReactNode>;
  openingPreviews: Record<string, React.ReactNode>;
}) {
  const { cycle } = props;
  const ofCycle = props.doses.filter((d) => d.cycleId === cycle.id);
  // Kept here, per agent: a decision remounts its entry (see the key below), and the nurse must
  // still read what was recorded.
  const [outcomes, setOutcomes] = useState<Partial<Record<string, DoseOutcome>>>({});
  return (
    <div className="flex flex-col gap-3">
      {ofCycle.length > 0 && (
        <ul aria-label="Doses recorded for this cycle" className="flex flex-col gap-2">
          {ofCycle.map((d) => (
            <GivenDose
              key={d.id}
              dose={d}
              name={props.agentNames[d.agent] ?? d.agent}
              people={props.people}
              canRecord={props.canRecord}
            />
          ))}
        </ul>
      )}
      {props.canRecord &&
        props.agents.map((item) => (
          <DoseEntry
            // A decision starts the entry anew; an exam or alert since moves only its suggestion.
            key={`${item.agent}|${item.status}|${item.currentDose}`}
            cycle={cycle}
            item={item}
            suggestion={props.suggestions[item.agent]!}
            agentNames={props.agentNames}
            record={props.record}
            storedAlerts={props.storedAlerts}
            today={props.today}
            opening={props.opening[item.agent]}
            state={props.agentStates[item.agent]}
            openingPreview={props.openingPreviews[item.agent]}
            alreadyGiven={ofCycle.some((d) => d.agent === item.agent && d.status !== "entered-in-error")}
            outcome={outcomes[item.agent] ?? null}
            onOutcome={(outcome) => setOutcomes((all) => ({ ...all, [item.agent]: outcome }))}
          />
        ))}
    </div>
  );
}
