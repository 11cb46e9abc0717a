// Supportive care for neuropathy, recorded beside the grade. Duloxetine is the one drug with
// evidence for painful CIPN (ASCO, Loprinzi, J Clin Oncol 2020; ESMO-EONS-EANO, Jordan, Ann
// Oncol 2020); rehabilitation, balance training and exercise help whatever the nerves do.
// Frozen gloves and socks (cryotherapy) during taxane infusions have positive trials but no
// guideline recommendation outside them, and cold provokes oxaliplatin's acute neurotoxicity: the
// app records cryotherapy when the team chose it, warns with oxaliplatin, and never suggests it.
import type { AgentCode } from "./agents";

export const INTERVENTION_KINDS = [
  "duloxetine",
  "physical-therapy",
  "balance-training",
  "exercise",
  "cryotherapy",
  "compression",
  "other",
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export const INTERVENTION_RESPONSES = ["better", "same", "worse"] as const;
export type InterventionResponse = (typeof INTERVENTION_RESPONSES)[number];

export const INTERVENTION_LABEL: Record<InterventionKind, string> = {
  duloxetine: "Duloxetine",
  "physical-therapy": "Physical therapy referral",
  "balance-training": "Balance training referral",
  exercise: "Exercise programme",
  cryotherapy: "Cryotherapy (frozen gloves and socks)",
  compression: "Compression (surgical gloves)",
  other: "Other",
};

/** Referrals to another service rather than a drug or something done in the infusion chair. */
export const REFERRAL_KINDS: readonly InterventionKind[] = ["physical-therapy", "balance-training", "exercise"];

export const CRYOTHERAPY_WITH_OXALIPLATIN =
  "Cold provokes oxaliplatin's acute neurotoxicity (cold-triggered dysesthesia, throat spasm): cryotherapy is not for a patient on oxaliplatin. Recorded as entered; the team should confirm it.";

/** What the team must see when recording this intervention for a patient with these agents. */
export function interventionWarnings(kind: InterventionKind, agentsInAnyCourse: readonly AgentCode[]): string[] {
  return kind === "cryotherapy" && agentsInAnyCourse.includes("oxaliplatin") ? [CRYOTHERAPY_WITH_OXALIPLATIN] : [];
}
