/** Limits compare with this tolerance: a dose exactly at a limit has reached it (docs/clinical-rules.md). */
export const TOLERANCE = 1e-9;

export function reached(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}

export function exceeds(value: number, threshold: number): boolean {
  return value > threshold + TOLERANCE;
}

export type DoseStanding = "over the limit" | "at the limit" | "near the limit" | "below";

/**
 * Where a cumulative dose stands against the limit and the warning level, with the limits'
 * tolerance: "at the limit" only when equal to it, "over the limit" past it.
 */
export function doseStanding(cumulative: number, limit: number | null, warnAt: number | null): DoseStanding {
  if (limit !== null && exceeds(cumulative, limit)) return "over the limit";
  if (limit !== null && reached(cumulative, limit)) return "at the limit";
  if (warnAt !== null && reached(cumulative, warnAt)) return "near the limit";
  return "below";
}
