// The demo ward's courses, built from the same regimen templates the course form offers
// (lib/regimens.ts) and adjusted per patient as a prescriber would: name, setting, number of
// cycles, and the doses worked out per patient (carboplatin by the Calvert formula).
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import { findRegimen, templateDose, type RegimenTemplate } from "@/lib/regimens";
import type { CourseInput } from "@/lib/schemas/course";
import type { PlanInput } from "@/lib/schemas/plan";

/** A course as the API takes it, less its start date. */
export type Regimen = Omit<CourseInput, "startDate">;

export interface RegimenChoice {
  template: RegimenTemplate;
  name?: string;
  cycles?: number;
  setting?: Setting;
  /** Doses worked out for this patient, in the agent's unit. */
  doses?: Partial<Record<AgentCode, number>>;
}

function template(id: string): RegimenTemplate {
  const found = findRegimen(id);
  if (!found) throw new Error(`The course form has no regimen template "${id}".`);
  return found;
}

/** The course for this patient: the template's doses, per-m2 figures by the patient's BSA (capped). */
export function resolveRegimen(choice: RegimenChoice, bsa: number): Regimen {
  const { template: t } = choice;
  return {
    name: choice.name ?? t.name,
    cycleLengthDays: t.cycleLengthDays,
    cycles: choice.cycles ?? t.cycles,
    setting: choice.setting ?? t.setting,
    agents: t.agents.map((a) => {
      const dose = choice.doses?.[a.agent] ?? templateDose(a, bsa);
      if (dose === null) throw new Error(`${t.name}: work out the ${a.agent} dose for this patient.`);
      const { route, administrationsPerCycle } = a;
      return { agent: a.agent, dose, unit: getAgent(a.agent).unit, route, administrationsPerCycle };
    }),
  };
}

export function folfox(setting: Setting): RegimenChoice {
  return { template: template("folfox"), name: `mFOLFOX6 (${setting})`, setting };
}

/** 4 cycles for low-risk stage III, 8 otherwise (IDEA). */
export function capox(cycles: 4 | 8): RegimenChoice {
  return { template: template("capox"), cycles };
}

export function weeklyPaclitaxelCarboplatin(carboplatinMg: number): RegimenChoice {
  return {
    template: template("paclitaxel-carboplatin-weekly"),
    name: "Weekly paclitaxel + carboplatin (neoadjuvant)",
    doses: { carboplatin: carboplatinMg },
  };
}

/** The course form has no template for it; a prescriber sets the course up by hand. */
const DOSE_DENSE_PACLITAXEL_CARBOPLATIN: RegimenTemplate = {
  id: "dose-dense-paclitaxel-carboplatin",
  name: "Dose-dense paclitaxel + carboplatin",
  cycleLengthDays: 21,
  cycles: 6,
  agents: [
    { agent: "paclitaxel", dose: 80, route: "IV", administrationsPerCycle: 3 },
    { agent: "carboplatin", dose: null, route: "IV", administrationsPerCycle: 1 },
  ],
  source: "Paclitaxel 80 mg/m2 on days 1, 8 and 15 with carboplatin AUC 5-6 on day 1 every 3 weeks (JGOG 3016, ICON8)",
};

/** Six cycles give 18 doses of 80 mg/m2, past the agent's default limit of 1000: the team raises it. */
export const DOSE_DENSE_PACLITAXEL_PLAN: PlanInput = {
  cumulativeLimit: 1500,
  notes: "Weekly schedule: 18 doses of 80 mg/m2 (1440 mg/m2) planned, so the limit sits just above it.",
};

export function doseDensePaclitaxelCarboplatin(carboplatinMg: number): RegimenChoice {
  return { template: DOSE_DENSE_PACLITAXEL_CARBOPLATIN, doses: { carboplatin: carboplatinMg } };
}

export function docetaxel(name: string, cycles: number, setting: Setting): RegimenChoice {
  return { template: template("docetaxel"), name, cycles, setting };
}

export function gemcitabineNabPaclitaxel(): RegimenChoice {
  return { template: template("gemcitabine-nab-paclitaxel"), name: "Gemcitabine + nab-paclitaxel" };
}

export function vrd(route: "SC" | "IV"): RegimenChoice {
  return {
    template: template(route === "SC" ? "vrd-sc" : "vrd-iv"),
    name: `VRd (bortezomib ${route})`,
    setting: "advanced",
  };
}

/** Vincristine from the patient's BSA, held to its 2 mg cap by the template. */
export function rchop(): RegimenChoice {
  return { template: template("r-chop") };
}

export function cisplatinPemetrexed(cycles: number, setting: Setting): RegimenChoice {
  return { template: template("cisplatin-q3w"), name: "Cisplatin + pemetrexed", cycles, setting };
}

export function bep(): RegimenChoice {
  return { template: template("bep"), name: "BEP" };
}
