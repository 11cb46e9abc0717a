// Typing slips: a dose more than three times the agent's highest typical dose per administration
// is not a dose anyone gives (100000 typed for 100), so it is refused; between the typical range
// and that bound the nurse confirms it (docs/clinical-rules.md, "Dose arithmetic": the bounds are 390,
// 300, 525, 300, 780 and 3.9 mg/m2 for oxaliplatin, cisplatin, paclitaxel, docetaxel,
// nab-paclitaxel and bortezomib; 2700, 6 and 600 mg for carboplatin, vincristine and
// thalidomide; 5.4 mg/kg for brentuximab vedotin).
import type { Agent } from "./agents";
import { roundDose } from "./round-dose";
import { exceeds } from "./tolerance";

/** How many times the highest typical dose a dose may be before it is refused as a slip. */
export const PLAUSIBILITY_FACTOR = 3;

export function plausibilityBound(agent: Pick<Agent, "typicalRange">): number {
  return roundDose(agent.typicalRange.high * PLAUSIBILITY_FACTOR);
}

/** "85-130 mg/m2", "up to 900 mg", "1.3 mg/m2". */
export function typicalRangeText(agent: Pick<Agent, "unit" | "typicalRange">): string {
  const { low, high } = agent.typicalRange;
  if (low === null) return `up to ${high} ${agent.unit}`;
  if (low === high) return `${high} ${agent.unit}`;
  return `${low}-${high} ${agent.unit}`;
}

export type Plausibility = "typical" | "above-typical" | "implausible";

/** Where one administration's dose stands: within the usual doses, above them, or past the bound. */
export function plausibility(agent: Pick<Agent, "typicalRange">, dose: number): Plausibility {
  if (exceeds(dose, plausibilityBound(agent))) return "implausible";
  if (exceeds(dose, agent.typicalRange.high)) return "above-typical";
  return "typical";
}

/** The field error for a dose past the bound, naming the figure and the typical range. */
export function implausibleDoseMessage(agent: Agent, dose: number): string {
  return `${roundDose(dose)} ${agent.unit} is not a plausible ${agent.name.toLowerCase()} dose: the typical range is ${typicalRangeText(agent)} per administration, and at most ${plausibilityBound(agent)} ${agent.unit} is accepted. Check for a typing slip.`;
}

/** Why a dose above the typical range needs a confirmation. */
export function aboveTypicalMessage(agent: Pick<Agent, "name" | "unit" | "typicalRange">, dose: number): string {
  return `${roundDose(dose)} ${agent.unit} is above the typical ${agent.name.toLowerCase()} range of ${typicalRangeText(agent)} per administration.`;
}

/**
 * At most this share of the dose planned, a dose is below any one reduction step of the templates
 * (a fifth to a quarter off, vincristine's half: docs/clinical-rules.md, "Templates") and any dose
 * banding: more often a slipped decimal point (6.5 typed for 65) or a dropped digit.
 */
export const FAR_BELOW_SHARE = 0.5;

/**
 * Why a dose far below the one planned needs a confirmation, or null when it does not. Nothing
 * refuses it: a stopped infusion is recorded as the part given.
 */
export function farBelowPlannedMessage(agent: Agent, dose: number, planned: number): string | null {
  if (planned <= 0 || exceeds(dose, planned * FAR_BELOW_SHARE)) return null;
  const share = Math.round((dose / planned) * 100);
  return `Far below the course's dose: ${roundDose(dose)} ${agent.unit} where ${roundDose(planned)} ${agent.unit} is planned, ${share}% of it. Check for a typing slip.`;
}

/** What the course checks of an agent: the library's entry without its rules and notes. */
export type CourseCheckAgent = Pick<Agent, "name" | "unit" | "typicalRange" | "cap">;

/**
 * Why a course's dose per cycle needs a confirmation, or null: a cap on the cycle's total (cisplatin's
 * 100 mg/m2) passed by the dose times its administrations, the daily dose typed as the cycle's (20
 * mg/m2 on days 1-5 of BEP made 100 on each of five days) or the reverse.
 */
export function cycleTotalMessage(agent: CourseCheckAgent, dose: number, administrations: number): string | null {
  const cap = agent.cap;
  const total = dose * administrations;
  if (cap?.scope !== "cycle-mg/m2" || cap.value === undefined || !exceeds(total, cap.value)) return null;
  if (administrations === 1) return `${roundDose(total)} ${agent.unit} a cycle is above the cap of ${cap.text}.`;
  return `${roundDose(dose)} ${agent.unit} × ${administrations} administrations is ${roundDose(total)} ${agent.unit} a cycle, above the cap of ${cap.text}: check that the dose is per administration, not per cycle.`;
}

/** What the new course form asks about before it saves an agent (docs/clinical-rules.md, "Plausibility"). */
export function courseDoseQuestions(agent: CourseCheckAgent, dose: number, administrations: number): string[] {
  const above = plausibility(agent, dose) === "above-typical" ? aboveTypicalMessage(agent, dose) : null;
  return [above, cycleTotalMessage(agent, dose, administrations)].filter((m): m is string => m !== null);
}
