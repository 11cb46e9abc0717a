// What the new course form offers, worked out on the server page: the agents with their units,
// the regimen templates with each dose for this patient's body surface area, the settings and the
// routes. The form then needs neither the agent library nor the templates and their dose
// arithmetic, nor the app's code tables, in its JavaScript (docs/benchmarks.md, "Route budgets").
import { AGENTS, type AgentCode } from "@/lib/domain/agents";
import type { CourseCheckAgent } from "@/lib/domain/plausibility";
import { ROUTES, SETTINGS, type DoseUnit, type Route, type Setting } from "@/lib/domain/codes";
import { REGIMENS, templateDose } from "@/lib/regimens";

/** An agent with what the form checks its dose against before saving (lib/domain/plausibility.ts). */
export interface AgentChoice extends CourseCheckAgent {
  code: AgentCode;
  unit: DoseUnit;
}

/** A regimen template as the form fills it in: the doses as the fields take them ("" where worked out by hand). */
export interface RegimenChoice {
  id: string;
  name: string;
  source: string;
  cycleLengthDays: number;
  cycles: number;
  setting: Setting | null;
  agents: { agent: AgentCode; dose: string; route: Route; administrationsPerCycle: number; hint?: string }[];
}

export interface CourseChoices {
  agents: AgentChoice[];
  regimens: RegimenChoice[];
  settings: readonly Setting[];
  routes: readonly Route[];
}

export function courseChoices(bsa: number): CourseChoices {
  return {
    agents: AGENTS.map(({ code, name, unit, typicalRange, cap }) => ({ code, name, unit, typicalRange, cap })),
    regimens: REGIMENS.map((r) => ({
      id: r.id,
      name: r.name,
      source: r.source,
      cycleLengthDays: r.cycleLengthDays,
      cycles: r.cycles,
      setting: r.setting ?? null,
      agents: r.agents.map((a) => ({
        agent: a.agent,
        dose: String(templateDose(a, bsa) ?? ""),
        route: a.route,
        administrationsPerCycle: a.administrationsPerCycle,
        hint: a.hint,
      })),
    })),
    settings: SETTINGS,
    routes: ROUTES,
  };
}
