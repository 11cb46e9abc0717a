// A decision to reduce must go below the dose given now (docs/api.md, "Version 1.1"). Its own
// module, with nothing but the rounding and tolerance it needs, so that the decision form checks
// it as the oncologist types without loading the agents' tables into the page.
import { roundDose } from "./round-dose";
import { exceeds } from "./tolerance";

/** Why a reduction to `dose` is no reduction, or null when it is below the current dose. */
export function notBelowCurrent(current: number, dose: number, unit: string): string | null {
  return exceeds(current, dose)
    ? null
    : `A reduction must be below the current dose of ${roundDose(current)} ${unit}; to keep it, proceed.`;
}
