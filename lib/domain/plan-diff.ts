// What changed between two versions of a dose-reduction plan, in words a clinician reads. The
// ladder is compared as a set of conditions (grade, with pain or not): the rules decide by
// severity, never by their order, so a reordered ladder is no change (docs/clinical-rules.md, "Plans").
import type { Agent, GradeRule } from "./agents";
import { defaultTerms, describeRule, roundDose } from "./plans";
import type { CapSource } from "./records";

/** The terms a plan version holds: what a change is measured on. */
export interface PlanContent {
  cumulativeLimit: number | null;
  warnFraction: number;
  doseCap: number | null;
  doseCapSource: CapSource;
  rules: readonly GradeRule[];
  notes: string | null;
}

/** Only the terms of a version (a stored version carries ids, status and signatures too). */
export function contentOf(plan: PlanContent): PlanContent {
  const { cumulativeLimit, warnFraction, doseCap, doseCapSource, rules, notes } = plan;
  return { cumulativeLimit, warnFraction, doseCap, doseCapSource, rules, notes };
}

export const PLAN_FIELDS = ["cumulativeLimit", "warnFraction", "doseCap", "rules", "notes"] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface PlanChange {
  field: PlanField;
  /** What the change is about: "Cumulative limit", "Rule at grade 2 with pain". */
  label: string;
  /** Null when the item is new (`before`) or removed (`after`). */
  before: string | null;
  after: string | null;
}

/**
 * The plan an agent's defaults amount to (until a plan is in force, the agent's default limit,
 * cap and template apply): where every first draft starts, and what version 1 is compared with.
 * The cap is the agent's default, marked so: a fixed figure is written beside it for reading;
 * brentuximab's depends on the course's dose level (the dose at 100 kg, label), so it stays null
 * and the rules work it out per dose.
 */
export function templatePlan(agent: Agent): PlanContent {
  const terms = defaultTerms(agent);
  return {
    cumulativeLimit: terms.cumulativeLimit,
    warnFraction: terms.warnFraction,
    doseCap: agent.cap?.value ?? null,
    doseCapSource: "agent-default",
    rules: terms.rules,
    notes: null,
  };
}

/** Where a figure that equals the agent's default comes from: "the agent's default (literature)". */
function defaultNote(value: number, figure: { value: number; basis: string } | null): string {
  return figure !== null && figure.value === value ? `, the agent's default (${figure.basis})` : "";
}

/** "850 mg/m2 cumulative, the agent's default (literature)", or "no cumulative limit". */
export function describeLimit(limit: number | null, agent: Agent): string {
  if (limit === null) return "no cumulative limit";
  return `${roundDose(limit)} ${agent.unit} cumulative${defaultNote(limit, agent.defaultLimit)}`;
}

/** "80% of the limit (680 mg/m2)": the fraction as a percent and as an amount. */
export function describeWarnAt(content: Pick<PlanContent, "cumulativeLimit" | "warnFraction">, agent: Agent): string {
  const percent = `${roundDose(content.warnFraction * 100)}%`;
  if (content.cumulativeLimit === null) return `${percent} of the limit (no limit set)`;
  return `${percent} of the limit (${roundDose(content.cumulativeLimit * content.warnFraction)} ${agent.unit})`;
}

/**
 * A plan's cap in words: the agent's default with its basis ("agent default, 900 mg per dose,
 * FDA and NCI guidance"), the plan's own figure (in the terms of the agent's cap: mg per
 * administration, or cisplatin's mg/m2 per cycle), or no cap at all.
 */
export function describeDoseCap(plan: Pick<PlanContent, "doseCap" | "doseCapSource">, agent: Agent): string {
  if (plan.doseCapSource === "agent-default") {
    return agent.cap === null
      ? "no cap (the agent has no default cap)"
      : `agent default, ${agent.cap.text}, ${agent.cap.basis}`;
  }
  if (plan.doseCap === null) return "no cap (the plan sets none)";
  const perCycle = agent.cap?.scope === "cycle-mg/m2";
  return `${roundDose(plan.doseCap)} ${perCycle ? "mg/m2 per cycle" : "mg per administration"} (set by the plan)`;
}

function conditionOf(rule: GradeRule): string {
  return `${rule.minGrade}|${rule.withPain ? "pain" : ""}`;
}

function sameRule(a: GradeRule, b: GradeRule): boolean {
  return a.action === b.action && a.toDose === b.toDose && a.percent === b.percent;
}

function ruleLabel(rule: GradeRule): string {
  return `Rule at grade ${rule.minGrade}${rule.withPain ? " with pain" : ""}`;
}

function diffRules(before: readonly GradeRule[], after: readonly GradeRule[], agent: Agent): PlanChange[] {
  // Identical rules pair off first; what is left pairs by condition (a changed action), then
  // stands alone as added or removed.
  const oldLeft = [...before];
  const newLeft = [...after];
  for (const rule of before) {
    const i = newLeft.findIndex((r) => conditionOf(r) === conditionOf(rule) && sameRule(r, rule));
    if (i === -1) continue;
    newLeft.splice(i, 1);
    oldLeft.splice(oldLeft.indexOf(rule), 1);
  }
  const changes: PlanChange[] = [];
  for (const old of oldLeft) {
    const i = newLeft.findIndex((r) => conditionOf(r) === conditionOf(old));
    const match = i === -1 ? undefined : newLeft.splice(i, 1)[0];
    changes.push({
      field: "rules",
      label: ruleLabel(old),
      before: describeRule(old, agent),
      after: match === undefined ? null : describeRule(match, agent),
    });
  }
  for (const added of newLeft) {
    changes.push({ field: "rules", label: ruleLabel(added), before: null, after: describeRule(added, agent) });
  }
  return changes.sort((a, b) => a.label.localeCompare(b.label));
}

const normalNotes = (notes: string | null) => notes?.trim() || null;

/** Every change from `before` to `after`, limit first, then the warning, the cap, the ladder and the notes. */
export function diffPlans(before: PlanContent, after: PlanContent, agent: Agent): PlanChange[] {
  const changes: PlanChange[] = [];
  if (before.cumulativeLimit !== after.cumulativeLimit) {
    changes.push({
      field: "cumulativeLimit",
      label: "Cumulative limit",
      before: describeLimit(before.cumulativeLimit, agent),
      after: describeLimit(after.cumulativeLimit, agent),
    });
  }
  if (before.warnFraction !== after.warnFraction) {
    changes.push({
      field: "warnFraction",
      label: "Warn at",
      before: describeWarnAt(before, agent),
      after: describeWarnAt(after, agent),
    });
  }
  const [capBefore, capAfter] = [describeDoseCap(before, agent), describeDoseCap(after, agent)];
  if (capBefore !== capAfter) {
    changes.push({ field: "doseCap", label: "Dose cap", before: capBefore, after: capAfter });
  }
  changes.push(...diffRules(before.rules, after.rules, agent));
  const [notesBefore, notesAfter] = [normalNotes(before.notes), normalNotes(after.notes)];
  if (notesBefore !== notesAfter) {
    changes.push({ field: "notes", label: "Notes", before: notesBefore, after: notesAfter });
  }
  return changes;
}
