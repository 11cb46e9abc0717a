/** Limits compare with this tolerance: a dose exactly at a limit has reached it (docs/clinical-rules.md). */
export const TOLERANCE = 1e-9;

export function reached(value: number, threshold: number): boolean {
  return value >= threshold - TOLERANCE;
}

export function exceeds(value: number, threshold: number): boolean {
  return value > threshold + TOLERANCE;
}
