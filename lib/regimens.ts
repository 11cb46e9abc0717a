// Regimen templates for a new course: the neurotoxic agents of common regimens with their usual
// dose, route, schedule and number of cycles. Only the agents of the agent library are listed;
// the other drugs of a regimen (5-FU, capecitabine, rituximab...) are not tracked here. Each is a
// starting point that the prescriber checks and changes before saving.
import type { AgentCode } from "@/lib/domain/agents";
import { getAgent } from "@/lib/domain/agents";
import type { Route, Setting } from "@/lib/domain/codes";
import { roundDose } from "@/lib/domain/plans";

export interface RegimenAgent {
  agent: AgentCode;
  /** One administration in the agent's unit; null when it must be worked out per patient (Calvert). */
  dose: number | null;
  /** For an agent dosed in mg from a per-m2 figure (vincristine 1.4 mg/m2): dose = this x BSA, capped. */
  dosePerM2?: number;
  route: Route;
  administrationsPerCycle: number;
  hint?: string;
}

export interface RegimenTemplate {
  id: string;
  name: string;
  cycleLengthDays: number;
  cycles: number;
  setting?: Setting;
  agents: RegimenAgent[];
  /** Where the schedule comes from, shown beside the template. */
  source: string;
}

export const REGIMENS: readonly RegimenTemplate[] = [
  {
    id: "folfox",
    name: "mFOLFOX6 (adjuvant)",
    cycleLengthDays: 14,
    cycles: 12,
    setting: "adjuvant",
    agents: [{ agent: "oxaliplatin", dose: 85, route: "IV", administrationsPerCycle: 1 }],
    source: "Oxaliplatin 85 mg/m2 every 2 weeks, 12 cycles (MOSAIC)",
  },
  {
    id: "capox",
    name: "CAPOX (adjuvant)",
    cycleLengthDays: 21,
    cycles: 8,
    setting: "adjuvant",
    agents: [{ agent: "oxaliplatin", dose: 130, route: "IV", administrationsPerCycle: 1 }],
    source: "Oxaliplatin 130 mg/m2 every 3 weeks, 8 cycles (XELOXA; 4 cycles for low-risk stage III, IDEA)",
  },
  {
    id: "paclitaxel-weekly",
    name: "Weekly paclitaxel",
    cycleLengthDays: 7,
    cycles: 12,
    agents: [{ agent: "paclitaxel", dose: 80, route: "IV", administrationsPerCycle: 1 }],
    source: "Paclitaxel 80 mg/m2 weekly, 12 weeks",
  },
  {
    id: "paclitaxel-carboplatin-weekly",
    name: "Weekly paclitaxel with carboplatin",
    cycleLengthDays: 7,
    cycles: 12,
    agents: [
      { agent: "paclitaxel", dose: 80, route: "IV", administrationsPerCycle: 1 },
      {
        agent: "carboplatin",
        dose: null,
        route: "IV",
        administrationsPerCycle: 1,
        hint: "AUC 2: Calvert dose in mg = 2 x (GFR + 25), GFR capped at 125 mL/min.",
      },
    ],
    source: "Paclitaxel 80 mg/m2 with carboplatin AUC 2 weekly, 12 weeks",
  },
  {
    id: "docetaxel",
    name: "Docetaxel every 3 weeks",
    cycleLengthDays: 21,
    cycles: 6,
    agents: [{ agent: "docetaxel", dose: 75, route: "IV", administrationsPerCycle: 1 }],
    source: "Docetaxel 75 mg/m2 every 3 weeks (label)",
  },
  {
    id: "vrd-sc",
    name: "VRd, bortezomib subcutaneous",
    cycleLengthDays: 21,
    cycles: 8,
    agents: [{ agent: "bortezomib", dose: 1.3, route: "SC", administrationsPerCycle: 4 }],
    source: "Bortezomib 1.3 mg/m2 on days 1, 4, 8 and 11 every 3 weeks (SWOG S0777)",
  },
  {
    id: "vrd-iv",
    name: "VRd, bortezomib intravenous",
    cycleLengthDays: 21,
    cycles: 8,
    agents: [{ agent: "bortezomib", dose: 1.3, route: "IV", administrationsPerCycle: 4 }],
    source: "Bortezomib 1.3 mg/m2 on days 1, 4, 8 and 11 every 3 weeks (SWOG S0777)",
  },
  {
    id: "r-chop",
    name: "R-CHOP",
    cycleLengthDays: 21,
    cycles: 6,
    agents: [
      {
        agent: "vincristine",
        dose: null,
        dosePerM2: 1.4,
        route: "IV",
        administrationsPerCycle: 1,
        hint: "1.4 mg/m2, capped at 2 mg per dose.",
      },
    ],
    source: "Vincristine 1.4 mg/m2 (at most 2 mg) every 3 weeks, 6 cycles",
  },
  {
    id: "cisplatin-q3w",
    name: "Cisplatin every 3 weeks",
    cycleLengthDays: 21,
    cycles: 4,
    agents: [{ agent: "cisplatin", dose: 75, route: "IV", administrationsPerCycle: 1 }],
    source: "Cisplatin 75 mg/m2 every 3 weeks (with pemetrexed, gemcitabine or etoposide)",
  },
  {
    id: "bep",
    name: "BEP (cisplatin days 1-5)",
    cycleLengthDays: 21,
    cycles: 4,
    agents: [{ agent: "cisplatin", dose: 20, route: "IV", administrationsPerCycle: 5 }],
    source: "Cisplatin 20 mg/m2 on days 1-5 every 3 weeks, 3 or 4 cycles (germ-cell tumours)",
  },
  {
    id: "gemcitabine-nab-paclitaxel",
    name: "Gemcitabine with nab-paclitaxel",
    cycleLengthDays: 28,
    cycles: 6,
    setting: "advanced",
    agents: [{ agent: "nab-paclitaxel", dose: 125, route: "IV", administrationsPerCycle: 3 }],
    source: "Nab-paclitaxel 125 mg/m2 on days 1, 8 and 15 every 4 weeks (MPACT)",
  },
];

export function findRegimen(id: string): RegimenTemplate | undefined {
  return REGIMENS.find((r) => r.id === id);
}

/**
 * The dose of one administration for this patient: the template's figure, or a per-m2 figure
 * times the body surface area held to the agent's cap (vincristine's 2 mg). Null when the
 * prescriber must work it out (carboplatin by the Calvert formula).
 */
export function templateDose(item: RegimenAgent, bsa: number): number | null {
  if (item.dosePerM2 === undefined) return item.dose;
  const dose = roundDose(item.dosePerM2 * bsa);
  const cap = getAgent(item.agent).cap;
  return cap && cap.scope === "administration-mg" && cap.atWeightKg === undefined ? Math.min(dose, cap.value) : dose;
}
