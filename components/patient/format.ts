// How figures read on the review pages: units with superscripts, doses to two decimals,
// instants to the minute. One place, so the page, the charts and the print view agree.
import { findAgent } from "@/lib/domain/agents";
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

/** A free text cut to `max` characters at a word, for a page with fixed room (the print view). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}
