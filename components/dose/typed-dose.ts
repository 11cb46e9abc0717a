// What the nurse has typed in a dose entry, and the dose it sends: apart from dose-plan.ts, so the
// entry loads no clinical rule for them (docs/benchmarks.md, "Route budgets").
import type { DoseSuggestion } from "./dose-plan";

/** What the nurse has typed in one agent's entry, as the fields hold it. */
export interface TypedDose {
  dose: string;
  administrations: string;
  overriding: boolean;
  overrideReason: string;
  /** Record was pressed: from then on an empty dose field is an error, not just where a dose goes. */
  tried?: boolean;
}

/** What an entry starts with: the suggested dose and administrations, no override. */
export function prefilled(suggestion: DoseSuggestion): TypedDose {
  return {
    dose: suggestion.dose === null ? "" : String(suggestion.dose),
    administrations: String(suggestion.administrations),
    overriding: false,
    overrideReason: "",
  };
}

/**
 * A dose as the entry sends it: the agent's code and unit as the library types them (a course's
 * unit is always its agent's), and the doses of the cycle it was typed beside.
 */
export function givenDose(suggestion: DoseSuggestion, typed: Pick<TypedDose, "dose" | "administrations">) {
  return {
    agent: suggestion.agent,
    dose: Number(typed.dose),
    unit: suggestion.unit,
    administrations: Number(typed.administrations),
    dosesSeen: suggestion.dosesSeen,
  };
}
