// Dose-reduction plans: the terms in force per agent, the rule of the ladder that an exam meets,
// and the action it asks for in words a clinician reads.
import type { Agent, AgentCode, GradeRule } from "./agents";
import { getAgent } from "./agents";
import type { RuleAction, Setting } from "./codes";
import type { PlanTerms } from "./records";
import { roundDose } from "./round-dose";
import { exceeds } from "./tolerance";

/** Until a plan is in force, the agent's default limit, cap and template apply (docs/clinical-rules.md, "Plans"). */
export function defaultTerms(agent: Agent): PlanTerms {
  return {
    versionId: null,
    cumulativeLimit: agent.defaultLimit?.value ?? null,
    warnFraction: agent.warnFraction,
    doseCap: null,
    doseCapSource: "agent-default",
    rules: agent.template.rules,
    inForceAt: null,
  };
}

export function termsFor(agent: AgentCode, plansInForce: Partial<Record<AgentCode, PlanTerms>>): PlanTerms {
  return plansInForce[agent] ?? defaultTerms(getAgent(agent));
}

/**
 * Whose grade rules are in force, in words: the signed plan's, or, until a plan is agreed, the
 * agent's defaults, which the words never call a plan (a nurse read "the plan says reduce to 75"
 * beside "No plan agreed").
 */
export function rulesSource(terms: Pick<PlanTerms, "versionId">): {
  /** "the plan's rule", within a sentence. */
  rule: string;
  /** "plan says", within a sentence; `Says` opens one. */
  says: string;
  Says: string;
  /** "plan rule", naming where a figure comes from. */
  name: string;
} {
  return terms.versionId !== null
    ? { rule: "the plan's rule", says: "plan says", Says: "Plan says", name: "plan rule" }
    : { rule: "the agent's default rule", says: "default rule says", Says: "Default rule says", name: "default rule" };
}

const SEVERITY_OF_ACTION: Record<RuleAction, number> = { reduce: 1, hold: 2, stop: 3 };

/** "With pain" means neuropathic pain of 1 or more out of 10. */
export function ruleMatches(rule: GradeRule, grade: number, pain: number | null): boolean {
  return grade >= rule.minGrade && (!rule.withPain || (pain ?? 0) >= 1);
}

/**
 * Of the rules an exam meets, the one with the most severe action wins (stop, then hold, then
 * reduce); among equals, the one for the higher grade. Only it raises an alert.
 */
export function governingRule(rules: readonly GradeRule[], grade: number, pain: number | null): GradeRule | null {
  let best: GradeRule | null = null;
  for (const rule of rules) {
    if (!ruleMatches(rule, grade, pain)) continue;
    if (
      best === null ||
      SEVERITY_OF_ACTION[rule.action] > SEVERITY_OF_ACTION[best.action] ||
      (rule.action === best.action && rule.minGrade > best.minGrade)
    ) {
      best = rule;
    }
  }
  return best;
}

// Rounding is the rules' as well as the forms' (round-dose.ts): given on to the rules' callers.
export { roundDose };

/** The next levels down from a dose in the agent's table, one per setting where the setting decides. */
function stepsDown(agent: Agent, currentDose: number) {
  return agent.doseLevels.filter((s) => Math.abs(s.from - currentDose) < 1e-9);
}

/**
 * The levels a course with no setting cannot choose between (oxaliplatin 85 mg/m2: 75 adjuvant,
 * 65 advanced, label and trial protocols); empty when the setting is known or does not matter.
 */
export function levelsBySetting(rule: GradeRule, agent: Agent, currentDose: number, setting: Setting | null) {
  if (setting !== null || rule.toDose !== undefined || rule.percent !== undefined) return [];
  const bySetting = stepsDown(agent, currentDose).filter((s) => s.setting !== undefined);
  return bySetting.length > 1 ? bySetting : [];
}

/**
 * The dose a reduce rule asks for: its own target, or a percent off the current dose, or the
 * next level down of the agent's dose-level table for the course's setting. Null when the table
 * has none, or when the level depends on a setting the course does not state: the app never
 * picks one for the team.
 */
export function reducedDose(
  rule: GradeRule,
  agent: Agent,
  currentDose: number,
  setting: Setting | null,
): number | null {
  if (rule.toDose !== undefined) return rule.toDose;
  if (rule.percent !== undefined) return roundDose(currentDose * (1 - rule.percent / 100));
  if (levelsBySetting(rule, agent, currentDose, setting).length > 0) return null;
  const steps = stepsDown(agent, currentDose);
  const step =
    steps.find((s) => s.setting === (setting ?? undefined)) ?? steps.find((s) => s.setting === undefined) ?? steps[0];
  return step?.to ?? null;
}

/** The rule in plain words: "At grade 2: reduce oxaliplatin to 65 mg/m2". */
export function describeRule(
  rule: GradeRule,
  agent: Agent,
  currentDose?: number,
  setting: Setting | null = null,
): string {
  const when = `At grade ${rule.minGrade}${rule.withPain ? " with pain" : ""}`;
  return `${when}: ${describeAction(rule, agent, currentDose, setting)}`;
}

export function describeAction(
  rule: GradeRule,
  agent: Agent,
  currentDose?: number,
  setting: Setting | null = null,
): string {
  const name = agent.name.toLowerCase();
  switch (rule.action) {
    case "stop":
      return `stop ${name}`;
    case "hold":
      return `hold ${name}`;
    case "reduce": {
      const choices = currentDose === undefined ? [] : levelsBySetting(rule, agent, currentDose, setting);
      if (choices.length > 0) {
        const levels = choices.map((s) => `${s.to} ${agent.unit} if ${s.setting}`).join(" or ");
        return `reduce ${name} to ${levels}: the course states no setting, so confirm which applies`;
      }
      if (rule.toDose !== undefined) return `reduce ${name} to ${rule.toDose} ${agent.unit}`;
      const how = rule.percent !== undefined ? `by ${rule.percent}%` : "one dose level";
      if (currentDose === undefined) return `reduce ${name} ${how}`;
      // A rule by percent or level names no dose of its own: the dose it comes to is worked out from
      // today's dose, and says so, lest it read as a fixed dose the plan agreed.
      const target = reducedDose(rule, agent, currentDose, setting);
      const from = `${roundDose(currentDose)} ${agent.unit}`;
      if (target !== null) {
        const worked = rule.percent !== undefined ? `${rule.percent}% off ${from}` : `one dose level down from ${from}`;
        return `reduce ${name} to ${target} ${agent.unit} (${worked})`;
      }
      // The agent's table has no step down from this dose: the oncologist names it when deciding.
      return `reduce ${name} one dose level: no level is listed down from ${roundDose(currentDose)} ${agent.unit}, so the oncologist names the dose`;
    }
  }
}

/**
 * The reduce rules whose own dose, or whose percent once rounded, is not below the dose the course gives now: such a "reduce"
 * would keep the dose or raise it, and a decision to reduce to it is refused (reductionTarget,
 * decisions.ts). Keyed by the plan form's field ("rules.2.toDose"); empty when every rule reduces.
 */
export function reductionsNotBelow(
  rules: readonly GradeRule[],
  unit: string,
  currentDose: number,
): Record<string, string> {
  const problems: Record<string, string> = {};
  rules.forEach((rule, i) => {
    if (rule.action === "reduce" && rule.toDose !== undefined && !exceeds(currentDose, rule.toDose)) {
      problems[`rules.${i}.toDose`] =
        `Not below the current dose of ${roundDose(currentDose)} ${unit}: a reduction must give less.`;
    }
    // A percent so small that, rounded, it takes nothing off: "reduce" that gives the same dose.
    const byPercent = rule.percent === undefined ? null : roundDose(currentDose * (1 - rule.percent / 100));
    if (rule.action === "reduce" && byPercent !== null && !exceeds(currentDose, byPercent)) {
      problems[`rules.${i}.percent`] =
        `Takes nothing off the current dose of ${roundDose(currentDose)} ${unit} once rounded: a reduction must give less.`;
    }
  });
  return problems;
}

/**
 * The dose an oncologist's decision to reduce asks for: the plan's reduce rule that the exam's
 * grade meets, else the agent's next dose level down (null when the label names none).
 */
export function decidedReduction(
  rules: readonly GradeRule[],
  agent: Agent,
  currentDose: number,
  setting: Setting | null,
  exam: { grade: number; pain: number | null } | null,
): { dose: number | null; rule: GradeRule | null } {
  const reduceRules = rules.filter((r) => r.action === "reduce");
  const rule = exam ? governingRule(reduceRules, exam.grade, exam.pain) : null;
  const dose = reducedDose(rule ?? { minGrade: 0, action: "reduce" }, agent, currentDose, setting);
  return { dose, rule };
}

/** The cumulative dose at which to warn: the warning fraction of the limit, or none without a limit. */
export function warnLevel(terms: Pick<PlanTerms, "cumulativeLimit" | "warnFraction">): number | null {
  return terms.cumulativeLimit === null ? null : terms.cumulativeLimit * terms.warnFraction;
}
