// What a dose typed at the chair would do once saved, worked out with the same pure rules and
// schema the server runs: the API's DoseInput check, the cumulative dose after it, the alerts
// saving it would raise (alertsIfSaved), why it needs a confirmation, and whether it goes against
// an oncologist's decision. The heaviest code of the cycle page (the alert rules and zod): the
// dose entry loads it as soon as it is shown, not with the page (lib/client/use-loaded-module.ts).
import type { AgentCode } from "@/lib/domain/agents";
import { getAgent } from "@/lib/domain/agents";
import type { AlertCondition } from "@/lib/domain/alerts";
import { absoluteMg, bodySurfaceArea, countingDoses, cumulativeDose, doseAmount, judgeDose } from "@/lib/domain/dose";
import { aboveTypicalMessage, farBelowPlannedMessage, plausibility } from "@/lib/domain/plausibility";
import { roundDose, termsFor, warnLevel } from "@/lib/domain/plans";
import { alertsIfSaved, type StoredAlert } from "@/lib/domain/reconcile";
import type { Setting } from "@/lib/domain/codes";
import type { PatientFacts, PatientRecord } from "@/lib/domain/records";
import { exceeds } from "@/lib/domain/tolerance";
import { DoseInput } from "@/lib/schemas/course";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { againstDecision, suggestDose, type CourseAgentRow, type DoseAgainst, type DoseSuggestion } from "./dose-plan";
import { givenDose, prefilled, type TypedDose } from "./typed-dose";

/** "Record oxaliplatin 75 mg/m2 = 127.5 mg at BSA 1.7000 m2?": the dose, and the mg it makes at the BSA to four places, so the product checks. */
export function confirmTitle(agentCode: AgentCode, dose: number, patient: PatientFacts, administrations = 1): string {
  const agent = getAgent(agentCode);
  // Several administrations in one record: each is this dose ("1 mg/m2 x 4 = 2.03 mg each").
  const name = agent.name.toLowerCase();
  const times = administrations > 1 ? ` x ${administrations}` : "";
  const each = administrations > 1 ? " each" : "";
  const bsaM2 = bodySurfaceArea(patient.heightCm, patient.weightKg);
  const mg = roundDose(absoluteMg(dose, agent.unit, { bsaM2, weightKg: patient.weightKg }));
  switch (agent.unit) {
    case "mg/m2":
      return `Record ${name} ${dose} mg/m2${times} = ${mg} mg${each} at BSA ${bsaM2.toFixed(4)} m2?`;
    case "mg/kg":
      return `Record ${name} ${dose} mg/kg${times} = ${mg} mg${each} at ${patient.weightKg} kg?`;
    case "mg":
      return `Record ${name} ${dose} mg${times}?`;
  }
}

export interface DosePreview {
  cumulative: number;
  limit: number | null;
  warnAt: number | null;
  raise: AlertCondition[];
  /** Why the nurse must confirm before saving (a limit or cap crossed, a grade rule not followed). */
  confirm: string[];
  /** The confirmation's question (confirmTitle). */
  question: string;
}

/** The record as it would be with this dose, and what the rules would raise on it. */
export function previewDose(
  record: PatientRecord,
  stored: readonly StoredAlert[],
  cycle: { id: string; date: string },
  suggestion: DoseSuggestion,
  dose: number,
  administrations: number,
  /** The clinic's today: a dose with no exam recorded that day asks first. */
  today?: string,
  /** Why it is given against a decision, as the nurse typed it: the override alert names it. */
  overrideReason?: string,
): DosePreview {
  const draft = {
    cycleId: cycle.id,
    agent: suggestion.agent,
    dose,
    administrations,
    givenOn: cycle.date,
    overrideReason: overrideReason?.trim() || null,
    // Judged as the server will: the patient now, the plan in force, the course's dose level in force.
    ...judgeDose(
      record.patient,
      suggestion.agent,
      termsFor(suggestion.agent, record.plansInForce),
      record.courses
        .find((c) => c.cycles.some((y) => y.id === cycle.id))
        ?.agents.find((a) => a.agent === suggestion.agent)?.currentDose ?? suggestion.planned,
    ),
  };
  const raise = alertsIfSaved(record, stored, { dose: draft });
  const terms = termsFor(suggestion.agent, record.plansInForce);
  const confirm = raise
    .filter((a) => a.kind === "dose-limit" || a.kind === "single-dose-cap" || a.kind === "decision-override")
    .map((a) => a.message);
  const agent = getAgent(suggestion.agent);
  // A second dose of an agent in one cycle is a split dose at most, and more often the same dose
  // twice (two tabs, a refusal read too fast): asked first, naming what is recorded.
  const already = countingDoses(record.doses).filter((d) => d.cycleId === cycle.id && d.agent === suggestion.agent);
  if (already.length > 0) {
    const doses = already.map((d) => `${d.dose} ${agent.unit} x ${d.administrations}`).join(", ");
    confirm.push(`Already recorded for this cycle: ${agent.name.toLowerCase()} ${doses}. Record another dose?`);
  }
  if (suggestion.awaiting) confirm.push(`Awaiting the oncologist: ${suggestion.awaiting}.`);
  // Above the course's dose with no decision against it: a slip, or a dose no one prescribed.
  if (exceeds(dose, suggestion.planned) && !raise.some((a) => a.kind === "decision-override")) {
    confirm.push(
      `Above the course's dose: ${dose} ${agent.unit} where ${suggestion.planned} ${agent.unit} is planned.`,
    );
  }
  // Far below it: a slip the limits would never catch, as the patient is underdosed and the
  // cumulative dose under-counted (a tenth of the dose typed, 6.5 for 65).
  // The plan's own reduction, filled in while it awaits the oncologist, is asked about as such.
  const farBelow = dose !== suggestion.dose && farBelowPlannedMessage(agent, dose, suggestion.planned);
  if (farBelow) confirm.push(farBelow);
  if (plausibility(agent, dose) === "above-typical") confirm.push(aboveTypicalMessage(agent, dose));
  if (today !== undefined && !record.exams.some((e) => !e.enteredInError && e.assessedOn === today)) {
    confirm.push("No exam recorded today: record the dose anyway?");
  }
  return {
    cumulative: cumulativeDose(record.doses, suggestion.agent) + doseAmount(draft),
    limit: terms.cumulativeLimit,
    warnAt: warnLevel(terms),
    raise,
    confirm,
    question: confirmTitle(suggestion.agent, dose, record.patient, administrations),
  };
}

/** What the entry checks a dose against: the record and alerts of the page, the cycle, the clinic's today. */
export interface DoseContext {
  record: PatientRecord;
  stored: readonly StoredAlert[];
  cycle: { id: string; date: string };
  today: string;
}

export interface DoseCheck {
  /** The schema's messages on the dose and administrations. */
  errors: Record<string, string>;
  /** Null while the dose does not pass the schema. */
  preview: DosePreview | null;
  /**
   * What a dose now goes against, when it needs the override's box and a reason: a held or
   * stopped agent, a rule awaiting the oncologist that left the field empty (dose-plan.ts), or a
   * dose above the reduced one.
   */
  against: DoseAgainst | null;
  /** What the override still needs (the box ticked, a reason the schema accepts); empty when ready. */
  overrideErrors: Record<string, string>;
}

/** Everything the entry shows and checks for the dose as typed. */
export function checkDose(context: DoseContext, suggestion: DoseSuggestion, typed: TypedDose): DoseCheck {
  const given = givenDose(suggestion, typed);
  const blank = typed.dose.trim() === "";
  const parsed = DoseInput.safeParse(blank ? { ...given, dose: undefined } : given);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  // A field left empty on purpose (an agent held, a rule awaiting the oncologist) is no error
  // until Record is pressed.
  if (blank && !typed.tried) delete errors.dose;
  const preview = parsed.success
    ? previewDose(
        context.record,
        context.stored,
        context.cycle,
        suggestion,
        given.dose,
        given.administrations,
        context.today,
        typed.overriding ? typed.overrideReason : undefined,
      )
    : null;
  const against =
    suggestion.against ??
    (preview?.raise.some((a) => a.kind === "decision-override")
      ? againstDecision(`above the reduced dose of ${suggestion.planned} ${suggestion.unit}`)
      : null);
  if (!against) return { errors, preview, against, overrideErrors: {} };
  if (!typed.overriding) {
    const overrideErrors = { overriding: "Tick this box to record the dose anyway." };
    return { errors, preview, against, overrideErrors };
  }
  const checked = DoseInput.safeParse({ ...given, overrideReason: typed.overrideReason });
  return { errors, preview, against, overrideErrors: checked.success ? {} : fieldErrors(checked.error) };
}

/**
 * Each agent's entry as it opens (the suggested dose), checked by the page on the server: the
 * preview shows with the page, before this module has reached the browser.
 */
export function openingChecks(
  context: DoseContext,
  course: { id: string; agents: readonly CourseAgentRow[]; setting: Setting | null },
): Record<string, DoseCheck> {
  return Object.fromEntries(
    course.agents.map((item) => {
      const suggestion = suggestDose(context.record, item, course.setting, {
        courseId: course.id,
        cycleId: context.cycle.id,
        stored: context.stored,
      });
      return [item.agent, checkDose(context, suggestion, prefilled(suggestion))];
    }),
  );
}
