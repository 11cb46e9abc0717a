// How figures read on the review pages: units with superscripts, doses to two decimals,
// instants to the minute. One place, so the page, the charts and the print view agree.
import { AGENTS, findAgent } from "@/lib/domain/agents";
import type { CycleStatus } from "@/lib/domain/codes";
import type { CycleProgress } from "@/lib/domain/cycle-progress";
import { bodySurfaceArea, type PlannedDose } from "@/lib/domain/dose";
import { roundDose } from "@/lib/domain/plans";

export function formatUnit(unit: string): string {
  return unit.replace("m2", "m²");
}

export function formatDose(value: number, unit: string): string {
  return `${roundDose(value)} ${formatUnit(unit)}`;
}

export function percentOf(value: number, limit: number): string {
  return `${Math.round((value / limit) * 100)}%`;
}

const SIDE_ABBREVIATION = { left: "L", right: "R" } as const;

/** "L 4/4 · R 3/4": both sides of a finding, with a dash where it was not done. */
export function bySide<T>(pair: { left: T | null; right: T | null }, show: (value: T) => string): string {
  return (["left", "right"] as const)
    .map((side) => `${SIDE_ABBREVIATION[side]} ${pair[side] === null ? "—" : show(pair[side] as T)}`)
    .join(" · ");
}

export function vibrationText(seconds: number): string {
  return seconds === 0 ? "not felt" : `${seconds} s`;
}

/** An agent code as its name; a code the library no longer knows shows as itself. */
export function agentName(code: string): string {
  return findAgent(code)?.name ?? code;
}

/** Every agent's name by its code, for a page to give its alert badges (exam/raised-alerts.tsx). */
export function agentNames(): Record<string, string> {
  return Object.fromEntries(AGENTS.map((a) => [a.code, a.name]));
}

/** A free text cut to `max` characters at a word, for a page with fixed room (the print view). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

/** The body a planned dose is multiplied by: the patient's current height and weight. */
export interface Body {
  heightCm: number;
  weightKg: number;
  bsaM2: number;
}

export function bodyOf(patient: { heightCm: number; weightKg: number }): Body {
  return {
    heightCm: patient.heightCm,
    weightKg: patient.weightKg,
    bsaM2: bodySurfaceArea(patient.heightCm, patient.weightKg),
  };
}

/** " (reduced from 85 mg/m²)" when a decision changed the planned dose; else "". */
export function changeText(planned: PlannedDose): string {
  if (planned.changedFrom === null || planned.dose === null) return "";
  const how = planned.dose < planned.changedFrom ? "reduced" : "changed";
  return ` (${how} from ${formatDose(planned.changedFrom, planned.unit)})`;
}

/**
 * What a dose in its unit is multiplied by: "1.7204 m²" (BSA, to the four places the dose is worked
 * out with, as on the pharmacist's dose arithmetic: "85 × 1.69 = 143.36" did not add up by hand),
 * "64 kg", or nothing for a flat dose.
 */
export function multiplierOf(unit: string, body: Body): string | null {
  if (unit === "mg/m2") return `${body.bsaM2.toFixed(4)} m²`;
  if (unit === "mg/kg") return `${body.weightKg} kg`;
  return null;
}

/**
 * A planned dose in words, with its arithmetic: "oxaliplatin 75 mg/m² (reduced from 85 mg/m²) ×
 * 1.7204 m² = 129.03 mg", "bortezomib 1.3 mg/m² × 1.7204 m² = 2.24 mg, 4 administrations", or
 * "oxaliplatin held: no dose planned".
 */
export function plannedDoseText(name: string, planned: PlannedDose, body: Body): string {
  if (planned.dose === null) return `${name} ${planned.status}: no dose planned`;
  const multiplier = multiplierOf(planned.unit, body);
  const mg = multiplier === null ? "" : ` × ${multiplier} = ${roundDose(planned.mg ?? 0)} mg`;
  const times = planned.administrations > 1 ? `, ${planned.administrations} administrations` : "";
  return `${name} ${formatDose(planned.dose, planned.unit)}${changeText(planned)}${mg}${times}`;
}

/**
 * " (adjuvant)" after a course's name, or nothing when the course states no setting or its name
 * already says it (a regimen template's "mFOLFOX6 (adjuvant)" read "(adjuvant) (adjuvant)").
 */
export function settingAfter(course: { name: string; setting: string | null }): string {
  return course.setting && !course.name.includes(`(${course.setting})`) ? ` (${course.setting})` : "";
}

/**
 * A cycle's state in words. A cycle is stored "given" from its first dose, so one of two agents
 * given reads "given: cisplatin · still to give: paclitaxel", and the chair sees what is left.
 */
export function cycleStatusWords(status: CycleStatus, progress: CycleProgress): string {
  if (status !== "given" || (progress.toGive.length === 0 && progress.given.length > 0)) return status;
  const given = progress.given.length > 0 ? `given: ${progress.given.map(agentName).join(", ")}` : "no dose counts";
  const toGive = progress.toGive.length > 0 ? ` · still to give: ${progress.toGive.map(agentName).join(", ")}` : "";
  return given + toGive;
}
